import { mentionedEntities } from '../../core/notes/tiptap-json'
import type { Attachment } from '../../core/store/notes'
import type { RemoveMode, RemoveReport } from '../../shared/library-api'
import { err, ok, type Result } from '../../shared/result'
import type { AnnotationsStore } from '../highlights/annotations-store'
import type { LibraryCorpus } from '../library/library-corpus'
import type { NotesService } from '../notes/notes-service'
import { describeFsError } from '../store/fs-errors'
import type { ImportStore } from './import-store'

export interface RemoveDeps {
  corpus: LibraryCorpus
  store: ImportStore
  annotations: AnnotationsStore
  notes: NotesService
  now(): Date
}

/**
 * Removes an imported article. Its original leaves the imports folder first (if that fails,
 * nothing changes); then the article leaves the library. Its highlights and notes are either kept
 * — the highlights show as orphans ("the article is no longer in the library"), the notes keep
 * their text — or deleted: the annotations file (backed up first, like every deletion) and the
 * notes that link nothing but this article and its highlights. Notes that also link something
 * else only lose their links to the article. Bundled articles cannot be removed.
 */
export async function removeArticle(id: string, mode: RemoveMode, deps: RemoveDeps): Promise<Result<RemoveReport>> {
  const entry = deps.corpus.entry(id)
  if (!entry) return err('not-found', `No article with id "${id}".`)
  if (entry.origin !== 'imported') return err('forbidden', 'Bundled articles cannot be removed.')
  try {
    await deps.store.delete(entry.article.meta.sourceFile)
  } catch (error) {
    return err('write-failed', describeFsError('remove', entry.article.meta.sourceFile, error).message)
  }
  deps.corpus.remove(id)
  const report: RemoveReport = { id, highlightsDeleted: 0, notesDeleted: 0, notesDetached: 0 }
  if (mode === 'keep-annotations') return ok(report)

  const doc = await deps.annotations.forArticle(id)
  const highlightIds = new Set(doc.data.highlights.map((h) => h.id))
  report.highlightsDeleted = highlightIds.size
  if (highlightIds.size > 0 || (doc.data.setAside ?? []).length > 0) await deps.annotations.remove(id)

  const ours = (a: Attachment): boolean => (a.kind === 'article' && a.id === id) || (a.kind === 'highlight' && highlightIds.has(a.id))
  for (const [noteId, noteDoc] of await deps.notes.collection.openAll()) {
    const note = noteDoc.data.note
    if (!note.attachments.some(ours)) continue
    const others = note.attachments.filter((a) => !ours(a))
    if (others.length === 0 && mentionedEntities(note.body).length === 0) {
      await deps.notes.remove(noteId)
      report.notesDeleted++
    } else {
      await noteDoc.update((d) => {
        d.note = { ...d.note, attachments: others, updatedAt: deps.now().toISOString() }
      })
      report.notesDetached++
    }
  }
  return ok(report)
}
