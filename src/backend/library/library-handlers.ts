import type { DaftarApi } from '../../shared/api'
import { err, ok } from '../../shared/result'
import type { Backend } from '../backend'

type LibraryMethods = Pick<
  DaftarApi,
  | 'importFiles'
  | 'importText'
  | 'pickImportFiles'
  | 'importPicked'
  | 'stopImport'
  | 'removeArticle'
  | 'getLibraryFacets'
  | 'articlesWithEntity'
  | 'search'
  | 'getSearchStatus'
  | 'cancelIndexing'
  | 'resumeIndexing'
>

/** The library, import and search methods of the API (arguments already validated). */
export function libraryMethods(backend: Backend): LibraryMethods {
  const { librarian } = backend
  return {
    importFiles: async (files) => ok(await librarian.importFiles(files)),
    importText: async ({ title, text }) => ok(await librarian.importText(title, text)),
    pickImportFiles: async () => {
      if (!librarian.filePicker) return err('invalid-request', 'Browser mode has no file dialog: use the file picker (or drop files on the window).', { reason: 'use-file-picker' })
      const paths = await librarian.filePicker()
      return ok(paths && paths.length > 0 ? await librarian.pick(paths) : null)
    },
    importPicked: async (pickId, indices) => librarian.importPicked(pickId, indices),
    stopImport: async () => {
      librarian.imports.stop()
      return ok(null)
    },
    removeArticle: async (id, mode) => librarian.remove(id, mode),
    getLibraryFacets: async () => ok(await librarian.facets()),
    articlesWithEntity: async (entityId) => librarian.articlesWithEntity(entityId),
    search: async (query, options) => ok(await librarian.search.search(query, options)),
    getSearchStatus: async () => ok(librarian.search.status()),
    cancelIndexing: async () => ok(librarian.search.cancel()),
    resumeIndexing: async () => ok(librarian.search.start()),
  }
}
