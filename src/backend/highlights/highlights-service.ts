import { describe } from '../../core/anchoring/describe'
import type { Article } from '../../core/corpus/types'
import type { AnchoredHighlight, ReanchorReport } from '../../core/highlights/anchored'
import { reconcile } from '../../core/highlights/reconcile'
import { visibleStretches } from '../../core/highlights/visible-stretches'
import type { AnnotationsDocument, Highlight } from '../../core/store/annotations'
import type { StoredDocument } from '../../core/store/stored-document'
import type { HighlightPatch, HighlightWithArticle, NewHighlight } from '../../shared/api'
import { err, ok, type Result } from '../../shared/result'
import type { AnnotationsStore } from './annotations-store'
import { ChangeFeed, tookEffect, type RecordChange } from '../store/changes'
import { notSaved, saved } from '../store/saved'

export interface HighlightsDeps {
  annotations: AnnotationsStore
  article(id: string): Article | undefined
  now(): Date
  newId(): string
}

const byPosition = (a: Highlight, b: Highlight): number => a.target.position.start - b.target.position.start || a.target.position.end - b.target.position.end

/**
 * Highlights over the annotations store: created from offsets on the current text (the backend
 * describes them, so the quote is always exactly what the text holds), placed on every read,
 * re-anchored and rewritten when the article changed, and never dropped: a highlight that cannot
 * be placed, or whose article left the library, is returned as an orphan. Every mutation answers
 * the highlight placed on the article's current text, and is announced to `onChange` listeners.
 */
export class HighlightsService {
  /** Which article each highlight id belongs to; built from every annotations file on first use. */
  private index: Promise<Map<string, string>> | null = null
  private readonly changes = new ChangeFeed('highlight')

  constructor(private readonly deps: HighlightsDeps) {}

  /** Every change to a highlight from now on (search listens); returns the disposer. */
  onChange(listener: (change: RecordChange<'highlight'>) => void): () => void {
    return this.changes.onChange(listener)
  }

  private ids(): Promise<Map<string, string>> {
    this.index ??= this.deps.annotations.openAll().then((docs) => {
      const map = new Map<string, string>()
      for (const [articleId, doc] of docs) for (const h of doc.data.highlights) map.set(h.id, articleId)
      return map
    })
    return this.index
  }

  /** An article's highlights in reading order, placed on its current text. */
  async list(articleId: string): Promise<Result<{ highlights: AnchoredHighlight[]; report: ReanchorReport | null }>> {
    const doc = await this.deps.annotations.forArticle(articleId)
    const placed = await this.place(articleId, doc)
    return ok(placed)
  }

  /** Every highlight of every article (orphans included), with the article's title. */
  async listAll(): Promise<Result<HighlightWithArticle[]>> {
    const docs = await this.deps.annotations.openAll()
    const all: HighlightWithArticle[] = []
    for (const [articleId, doc] of docs) {
      const { highlights } = await this.place(articleId, doc)
      const title = this.deps.article(articleId)?.meta.title ?? null
      for (const h of highlights) all.push({ ...h, articleTitle: title })
    }
    return ok(all)
  }

  /** Every stored highlight as it is on disk, unplaced (search indexes the words the user marked). */
  async all(): Promise<Highlight[]> {
    return [...(await this.deps.annotations.openAll()).values()].flatMap((doc) => doc.data.highlights)
  }

  /** The stored highlights of these ids that exist. */
  async some(ids: readonly string[]): Promise<Highlight[]> {
    const found: Highlight[] = []
    for (const id of ids) {
      const record = (await this.find(id))?.record
      if (record) found.push(record)
    }
    return found
  }

  async create(input: NewHighlight): Promise<Result<AnchoredHighlight[]>> {
    const article = this.deps.article(input.articleId)
    if (!article) return err('not-found', `No article with id "${input.articleId}".`)
    if (input.end > article.text.length) return err('invalid-request', `The selection ends at ${input.end}, past the article's ${article.text.length} characters.`)
    const stretches = visibleStretches(article.text, article.blocks, input.start, input.end)
    if (stretches.length === 0) return err('invalid-request', 'The selection holds no visible text.')
    const at = this.deps.now().toISOString()
    const created: Highlight[] = stretches.map((s) => ({
      id: this.deps.newId(),
      articleId: article.id,
      contentHash: article.contentHash,
      target: describe(article.text, s.start, s.end),
      color: input.color,
      comment: input.comment ?? '',
      entityIds: [],
      createdAt: at,
      updatedAt: at,
    }))
    const doc = await this.deps.annotations.forArticle(article.id)
    const outcome = await doc.update((d) => {
      d.highlights.push(...created)
      d.highlights.sort(byPosition)
    })
    if (tookEffect(outcome)) {
      const ids = await this.ids()
      for (const h of created) ids.set(h.id, article.id)
      this.changes.emit({ upserted: created.map((h) => h.id), articleIds: [article.id] })
    }
    return saved(
      outcome,
      created.map((h) => ({ ...h, anchor: { start: h.target.position.start, end: h.target.position.end } })),
    )
  }

  async update(id: string, patch: HighlightPatch): Promise<Result<AnchoredHighlight>> {
    return this.change(id, (h) => {
      if (patch.color !== undefined) h.color = patch.color
      if (patch.comment !== undefined) h.comment = patch.comment
      h.updatedAt = this.deps.now().toISOString()
    })
  }

  /** Sets the entities a highlight is tagged with. */
  async tag(id: string, entityIds: string[]): Promise<Result<AnchoredHighlight>> {
    return this.change(id, (h) => {
      h.entityIds = [...new Set(entityIds)]
      h.updatedAt = this.deps.now().toISOString()
    })
  }

  /** Moves every tag of `sourceId` to `targetId` (merge), or removes it (`targetId` null: deleted). */
  async retagEntity(sourceId: string, targetId: string | null): Promise<void> {
    for (const [articleId, doc] of await this.deps.annotations.openAll()) {
      const tagged = doc.data.highlights.filter((h) => h.entityIds.includes(sourceId)).map((h) => h.id)
      if (tagged.length === 0) continue
      const outcome = await doc.update((d) => {
        for (const h of d.highlights) {
          if (!h.entityIds.includes(sourceId)) continue
          const tags = h.entityIds.filter((e) => e !== sourceId)
          h.entityIds = targetId && !tags.includes(targetId) ? [...tags, targetId] : tags
        }
      })
      if (tookEffect(outcome)) this.changes.emit({ upserted: tagged, articleIds: [articleId] })
    }
  }

  /** Removes a highlight and returns it whole, so an undo can put it back exactly. */
  async remove(id: string): Promise<Result<Highlight>> {
    const found = await this.find(id)
    if (!found) return err('not-found', `No highlight with id "${id}".`)
    const record = structuredClone(found.record)
    const outcome = await found.doc.update((d) => {
      d.highlights = d.highlights.filter((h) => h.id !== id)
    })
    if (tookEffect(outcome)) {
      ;(await this.ids()).delete(id)
      this.changes.emit({ removed: [id], articleIds: [record.articleId] })
    }
    return saved(outcome, record)
  }

  /** Deletes every highlight of an article (its annotations file, backed up first): the article left the library. */
  async removeArticle(articleId: string): Promise<string[]> {
    const doc = await this.deps.annotations.forArticle(articleId)
    const removed = doc.data.highlights.map((h) => h.id)
    if (removed.length === 0 && (doc.data.setAside ?? []).length === 0) return []
    await this.deps.annotations.remove(articleId)
    // An index not built yet will be read from the files as they are now.
    const ids = this.index && (await this.index)
    for (const id of removed) ids?.delete(id)
    this.changes.emit({ removed, articleIds: [articleId] })
    return removed
  }

  /** Puts back a removed highlight (undo). */
  async restore(record: Highlight): Promise<Result<AnchoredHighlight>> {
    const ids = await this.ids()
    if (ids.has(record.id)) return err('invalid-request', `A highlight with id "${record.id}" already exists.`)
    const doc = await this.deps.annotations.forArticle(record.articleId)
    const outcome = await doc.update((d) => {
      d.highlights.push(structuredClone(record))
      d.highlights.sort(byPosition)
    })
    if (tookEffect(outcome)) {
      ids.set(record.id, record.articleId)
      this.changes.emit({ upserted: [record.id], articleIds: [record.articleId] })
    }
    if (!outcome.saved) return notSaved(outcome)
    return ok(await this.placeOne(record.articleId, doc, record.id))
  }

  /** Attaches an orphan (or moves any highlight) to a range the user selected by hand. */
  async reattach(id: string, start: number, end: number): Promise<Result<AnchoredHighlight>> {
    const found = await this.find(id)
    if (!found) return err('not-found', `No highlight with id "${id}".`)
    const article = this.deps.article(found.record.articleId)
    if (!article) return err('not-found', `The article of this highlight is no longer in the library.`)
    const stretches = end <= article.text.length ? visibleStretches(article.text, article.blocks, start, end) : []
    const [stretch] = stretches
    if (!stretch || stretches.length > 1) return err('invalid-request', 'Select one passage of visible text to attach the highlight to.')
    return this.change(id, (h) => {
      h.target = describe(article.text, stretch.start, stretch.end)
      h.contentHash = article.contentHash
      delete h.orphanedOn
      h.updatedAt = this.deps.now().toISOString()
    })
  }

  private async find(id: string): Promise<{ doc: StoredDocument<AnnotationsDocument>; record: Highlight } | null> {
    const articleId = (await this.ids()).get(id)
    if (articleId === undefined) return null
    const doc = await this.deps.annotations.forArticle(articleId)
    const record = doc.data.highlights.find((h) => h.id === id)
    return record ? { doc, record } : null
  }

  /** Edits one highlight in place and answers it placed on the current text. */
  private async change(id: string, edit: (h: Highlight) => void): Promise<Result<AnchoredHighlight>> {
    const found = await this.find(id)
    if (!found) return err('not-found', `No highlight with id "${id}".`)
    const { articleId } = found.record
    const outcome = await found.doc.update((d) => {
      const target = d.highlights.find((h) => h.id === id)
      if (target) edit(target)
      d.highlights.sort(byPosition)
    })
    if (tookEffect(outcome)) this.changes.emit({ upserted: [id], articleIds: [articleId] })
    if (!outcome.saved) return notSaved(outcome)
    return ok(await this.placeOne(articleId, found.doc, id))
  }

  /** One highlight of a document, placed as `list` would place it. */
  private async placeOne(articleId: string, doc: StoredDocument<AnnotationsDocument>, id: string): Promise<AnchoredHighlight> {
    const { highlights } = await this.place(articleId, doc, (h) => h.id === id)
    return structuredClone(highlights[0] as AnchoredHighlight)
  }

  /** Places a document's highlights (or those chosen) and writes back the ones re-anchored on a changed text. */
  private async place(
    articleId: string,
    doc: StoredDocument<AnnotationsDocument>,
    chosen: (h: Highlight) => boolean = () => true,
  ): Promise<{ highlights: AnchoredHighlight[]; report: ReanchorReport | null }> {
    const records = doc.data.highlights.filter(chosen)
    const article = this.deps.article(articleId)
    if (!article) return { highlights: records.map((h) => ({ ...h, anchor: null, orphanReason: 'article-missing' as const })), report: null }
    const result = reconcile(article, records, () => this.deps.now())
    if (result.changed.length > 0 && !doc.readOnly) {
      const changed = new Map(result.changed.map((h) => [h.id, h]))
      await doc.update((d) => {
        d.highlights = d.highlights.map((h) => changed.get(h.id) ?? h).sort(byPosition)
      })
      this.changes.emit({ upserted: [...changed.keys()], articleIds: [articleId] })
    }
    return { highlights: result.highlights, report: result.report }
  }
}
