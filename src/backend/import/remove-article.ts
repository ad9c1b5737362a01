import type { RemoveMode, RemoveReport } from '../../shared/library-api'
import { err, ok, type Result } from '../../shared/result'
import type { HighlightsService } from '../highlights/highlights-service'
import type { LibraryCorpus } from '../library/library-corpus'
import type { NotesService } from '../notes/notes-service'
import { describeFsError } from '../store/fs-errors'
import type { ImportStore } from './import-store'

export interface RemoveDeps {
  corpus: LibraryCorpus
  store: ImportStore
  highlights: HighlightsService
  notes: NotesService
}

/**
 * Removes an imported article. Its original leaves the imports folder first (if that fails,
 * nothing changes); then the article leaves the library. Its highlights and notes are either kept
 * — the highlights show as orphans ("the article is no longer in the library"), the notes keep
 * their text — or deleted: the annotations file (backed up first, like every deletion) and the
 * notes that link nothing but this article and its highlights. Notes that also link something
 * else only lose their links to the article. Bundled articles cannot be removed. The highlights
 * and notes services announce what they delete or rewrite.
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

  const highlightIds = new Set(await deps.highlights.removeArticle(id))
  report.highlightsDeleted = highlightIds.size
  const notes = await deps.notes.dropArticle(id, highlightIds)
  report.notesDeleted = notes.deleted
  report.notesDetached = notes.detached
  return ok(report)
}
