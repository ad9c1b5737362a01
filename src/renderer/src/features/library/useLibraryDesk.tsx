import { useCallback, useEffect, useState, type ReactNode } from 'react'
import type { ArticleSummary, Library } from '../../../../shared/api'
import type { RemoveMode, SearchHit } from '../../../../shared/library-api'
import type { ApiError } from '../../../../shared/result'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { SearchDialog } from '../search/SearchDialog'
import { useSearchShortcut } from '../search/useSearchShortcut'
import { ImportActions } from './import/ImportActions'
import { ImportCenter } from './import/ImportCenter'
import { useImporter, withRows, type Importer } from './import/useImporter'
import { RemoveArticleDialog } from './RemoveArticleDialog'

export interface LibraryDesk {
  library: Library
  importer: Importer
  pasteOpen: boolean
  setPasteOpen(open: boolean): void
  removing: ArticleSummary | null
  askRemove(article: ArticleSummary): void
  cancelRemove(): void
  remove(article: ArticleSummary, mode: RemoveMode): Promise<void>
  searchOpen: boolean
  setSearchOpen(open: boolean): void
}

/**
 * The library as the desk holds it: the list (which imports grow and removals shrink while the app
 * runs), the importer, the paste and remove dialogs, and the search box with its Ctrl+K shortcut.
 */
export function useLibraryDesk(initial: Library, onError: (error: ApiError) => void, onRemoved: (id: string) => void): LibraryDesk {
  const [library, setLibrary] = useState(initial)
  const onAdded = useCallback((rows: ArticleSummary[]) => setLibrary((lib) => withRows(lib, rows)), [])
  const importer = useImporter(onAdded, onError)
  const [pasteOpen, setPasteOpen] = useState(false)
  const [removing, setRemoving] = useState<ArticleSummary | null>(null)
  const [searchOpen, setSearchOpen] = useState(false)
  useSearchShortcut(useCallback(() => setSearchOpen(true), []))
  // Asking for the index status starts the first build, in the backend's worker, while the person reads.
  useEffect(() => void api.getSearchStatus(), [])

  const remove = async (article: ArticleSummary, mode: RemoveMode): Promise<void> => {
    setRemoving(null)
    const result = await api.removeArticle(article.id, mode)
    if (!result.ok) return onError(result.error)
    setLibrary((lib) => ({ ...lib, articles: lib.articles.filter((a) => a.id !== article.id) }))
    onRemoved(article.id)
  }

  return {
    library,
    importer,
    pasteOpen,
    setPasteOpen,
    removing,
    askRemove: setRemoving,
    cancelRemove: () => setRemoving(null),
    remove,
    searchOpen,
    setSearchOpen,
  }
}

/** The buttons above the library list: import, paste, search. */
export function LibraryActions({ desk }: { desk: LibraryDesk }): ReactNode {
  const i18n = useI18n()
  return (
    <>
      <ImportActions importer={desk.importer} onPaste={() => desk.setPasteOpen(true)} />
      <button type="button" className="button" onClick={() => desk.setSearchOpen(true)} aria-keyshortcuts="Control+K" data-action="search">
        {i18n.t('search.open')}
      </button>
    </>
  )
}

/** The dialogs and overlays of the library desk. */
export function LibraryDeskViews({ desk, onOpen, onOpenHit }: { desk: LibraryDesk; onOpen: (id: string) => void; onOpenHit: (hit: SearchHit, snippetIndex: number) => void }): ReactNode {
  return (
    <>
      <ImportCenter importer={desk.importer} pasteOpen={desk.pasteOpen} onClosePaste={() => desk.setPasteOpen(false)} onOpen={onOpen} />
      <RemoveArticleDialog article={desk.removing} onConfirm={(a, mode) => void desk.remove(a, mode)} onClose={desk.cancelRemove} />
      <SearchDialog open={desk.searchOpen} onClose={() => desk.setSearchOpen(false)} onOpenHit={onOpenHit} />
    </>
  )
}
