import { mapMentions, mentionedEntities, plainText, type JsonNode } from '../../core/notes/tiptap-json'
import { noteSpec, type Attachment, type Note, type NoteDocument } from '../../core/store/notes'
import type { StoreNotice } from '../../core/store/notices'
import type { NoteInput, NoteSummary } from '../../shared/api'
import { err, ok, type Result } from '../../shared/result'
import { ChangeFeed, tookEffect, type RecordChange } from '../store/changes'
import { DocumentCollection } from '../store/document-collection'
import type { DurableFs } from '../store/durable-fs'
import { saved } from '../store/saved'

export interface NotesDeps {
  dataDir: string
  onNotice: (notice: StoreNotice) => void
  now: () => Date
  newId: () => string
  /** The file operations writes go through (tests inject disk faults here). */
  fs?: DurableFs
}

const SNIPPET_CHARS = 160

/** The articles a note is attached to (what its change event names). */
const articlesOf = (note: Note): string[] => note.attachments.filter((a) => a.kind === 'article').map((a) => a.id)

export function summarize(note: Note): NoteSummary {
  const text = plainText(note.body)
  const entityIds = new Set([...mentionedEntities(note.body), ...note.attachments.filter((a) => a.kind === 'entity').map((a) => a.id)])
  return {
    id: note.id,
    title: note.title,
    snippet: text.length > SNIPPET_CHARS ? `${text.slice(0, SNIPPET_CHARS)}…` : text,
    updatedAt: note.updatedAt,
    entityIds: [...entityIds],
    attachments: note.attachments,
  }
}

/**
 * Notes, one lowdb file each under `<dataDir>/notes/`. A save rewrites one note and resolves when
 * it is on disk, which is what autosave waits for. Links are read from the body (mention nodes)
 * and from explicit attachments; backlinks are computed, never stored. Every change is announced
 * to `onChange` listeners.
 */
export class NotesService {
  readonly collection: DocumentCollection<NoteDocument>
  private readonly changes = new ChangeFeed('note')

  constructor(private readonly deps: NotesDeps) {
    this.collection = new DocumentCollection<NoteDocument>(
      deps.dataDir,
      {
        folder: 'notes',
        specFor: (id) => noteSpec(id, deps.now),
        idOf: (doc) => {
          const id = (doc as { note?: { id?: unknown } })?.note?.id
          return typeof id === 'string' ? id : null
        },
        now: deps.now,
        ...(deps.fs ? { fs: deps.fs } : {}),
      },
      deps.onNotice,
    )
  }

  /** Every change to a note from now on (search listens); returns the disposer. */
  onChange(listener: (change: RecordChange<'note'>) => void): () => void {
    return this.changes.onChange(listener)
  }

  async all(): Promise<Note[]> {
    return [...(await this.collection.openAll()).values()].map((doc) => doc.data.note)
  }

  /** The notes of these ids that exist (search re-reads what changed). */
  async some(ids: readonly string[]): Promise<Note[]> {
    const notes: Note[] = []
    for (const id of ids) if (await this.exists(id)) notes.push((await this.collection.get(id)).data.note)
    return notes
  }

  async list(): Promise<Result<NoteSummary[]>> {
    const notes = await this.all()
    return ok(notes.map(summarize).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)))
  }

  /** Notes that mention or are attached to something. */
  async linkedTo(kind: Attachment['kind'], id: string): Promise<NoteSummary[]> {
    const notes = await this.all()
    return notes
      .filter((n) => n.attachments.some((a) => a.kind === kind && a.id === id) || (kind === 'entity' && mentionedEntities(n.body).includes(id)))
      .map(summarize)
  }

  async get(id: string): Promise<Result<Note>> {
    if (!(await this.exists(id))) return err('not-found', `No note with id "${id}".`)
    return ok(structuredClone((await this.collection.get(id)).data.note))
  }

  async create(input: NoteInput): Promise<Result<Note>> {
    const id = this.deps.newId()
    const doc = await this.collection.get(id)
    const at = this.deps.now().toISOString()
    const outcome = await doc.update((d) => {
      d.note = { id, title: input.title, body: input.body ?? d.note.body, attachments: input.attachments, createdAt: at, updatedAt: at }
    })
    if (outcome.saved && this.known) (await this.known).add(id)
    if (tookEffect(outcome)) this.changes.emit({ upserted: [id], articleIds: articlesOf(doc.data.note) })
    return saved(outcome, structuredClone(doc.data.note))
  }

  async save(id: string, input: NoteInput): Promise<Result<{ updatedAt: string }>> {
    if (!(await this.exists(id))) return err('not-found', `No note with id "${id}".`)
    const doc = await this.collection.get(id)
    const before = articlesOf(doc.data.note)
    const at = this.deps.now().toISOString()
    const outcome = await doc.update((d) => {
      d.note = { ...d.note, title: input.title, body: input.body, attachments: input.attachments, updatedAt: at }
    })
    if (tookEffect(outcome)) this.changes.emit({ upserted: [id], articleIds: [...before, ...articlesOf(doc.data.note)] })
    return saved(outcome, { updatedAt: at })
  }

  async remove(id: string): Promise<Result<null>> {
    if (!(await this.exists(id))) return err('not-found', `No note with id "${id}".`)
    const articleIds = articlesOf((await this.collection.get(id)).data.note)
    await this.collection.remove(id)
    ;(await this.known)?.delete(id)
    this.changes.emit({ removed: [id], articleIds })
    return ok(null)
  }

  /**
   * An article left the library with its highlights: the notes that link nothing but the article
   * and those highlights are deleted; notes that also link something else only lose those links.
   */
  async dropArticle(articleId: string, highlightIds: ReadonlySet<string>): Promise<{ deleted: number; detached: number }> {
    const ours = (a: Attachment): boolean => (a.kind === 'article' && a.id === articleId) || (a.kind === 'highlight' && highlightIds.has(a.id))
    const dropped = { deleted: 0, detached: 0 }
    for (const [noteId, doc] of await this.collection.openAll()) {
      const note = doc.data.note
      if (!note.attachments.some(ours)) continue
      const others = note.attachments.filter((a) => !ours(a))
      if (others.length === 0 && mentionedEntities(note.body).length === 0) {
        await this.remove(noteId)
        dropped.deleted++
        continue
      }
      const outcome = await doc.update((d) => {
        d.note = { ...d.note, attachments: others, updatedAt: this.deps.now().toISOString() }
      })
      if (tookEffect(outcome)) this.changes.emit({ upserted: [noteId], articleIds: [articleId, ...articlesOf(doc.data.note)] })
      dropped.detached++
    }
    return dropped
  }

  /**
   * Points every mention of and attachment to `sourceId` at `targetId` (merge), or turns them into
   * plain text and drops the attachment (`targetId` null: the entity was deleted). Nothing else in
   * a note changes.
   */
  async retargetEntity(sourceId: string, targetId: string | null, targetLabel?: string): Promise<void> {
    for (const [noteId, doc] of await this.collection.openAll()) {
      const note = doc.data.note
      const touches = mentionedEntities(note.body).includes(sourceId) || note.attachments.some((a) => a.kind === 'entity' && a.id === sourceId)
      if (!touches) continue
      const body = mapMentions(note.body, (node: JsonNode): JsonNode | null => {
        if (node.attrs?.['id'] !== sourceId) return node
        if (targetId === null) {
          // The name stays as plain text; a mention without a label leaves nothing (never an empty text node).
          const label = String(node.attrs?.['label'] ?? '')
          return label ? { type: 'text', text: label } : null
        }
        return { ...node, attrs: { ...node.attrs, id: targetId, ...(targetLabel ? { label: targetLabel } : {}) } }
      })
      const attachments = note.attachments
        .map((a) => (a.kind === 'entity' && a.id === sourceId ? (targetId ? { ...a, id: targetId } : null) : a))
        .filter((a): a is Attachment => a !== null)
      const unique = [...new Map(attachments.map((a) => [`${a.kind}:${a.id}`, a])).values()]
      const outcome = await doc.update((d) => {
        d.note = { ...d.note, body, attachments: unique, updatedAt: this.deps.now().toISOString() }
      })
      if (tookEffect(outcome)) this.changes.emit({ upserted: [noteId], articleIds: articlesOf(doc.data.note) })
    }
  }

  /** Which notes exist: read from disk once, then kept up to date by create and remove. */
  private known: Promise<Set<string>> | null = null

  private async exists(id: string): Promise<boolean> {
    this.known ??= this.collection.openAll().then((docs) => new Set(docs.keys()))
    return (await this.known).has(id)
  }
}
