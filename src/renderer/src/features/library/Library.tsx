import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { Entity } from '../../../../core/entities/types'
import type { ArticleSummary, Library as LibraryData, Session } from '../../../../shared/api'
import { useI18n } from '../../i18n/I18nProvider'
import { FailedFiles } from './FailedFiles'
import { LibraryControls } from './LibraryControls'
import { LibraryItem } from './LibraryItem'
import { distinct, emptyFilter, searchKeys, sourceOf, viewOf, type LibraryFilter } from './library-view'
import { useLibraryFacets } from './useLibraryFacets'
import { VirtualList } from './VirtualList'

interface Props {
  library: LibraryData
  activeId: string | null
  positions: Session['positions']
  onOpen: (id: string) => void
  entities?: readonly Entity[]
  /** Import actions shown under the heading (the app passes them; a bare library has none). */
  actions?: ReactNode
  onRemove?: (article: ArticleSummary) => void
}

const ROW_HEIGHT_GUESS = 96

/**
 * The library: filter and sort controls, then a windowed list of articles (fast with 10,000), then
 * the files that could not be read. Arrow keys, Home and End move between articles; Enter opens one.
 */
export function Library({ library, activeId, positions, onOpen, entities = [], actions, onRemove }: Props): ReactNode {
  const i18n = useI18n()
  const [filter, setFilter] = useState<LibraryFilter>(emptyFilter)
  const [entityId, setEntityId] = useState('')
  const { facets, entityArticles, entityLoading } = useLibraryFacets(`${library.articles.length}:${activeId ?? ''}`, entityId)
  const keys = useMemo(() => searchKeys(library.articles), [library.articles])
  const rows = useMemo(
    () => viewOf(library.articles, keys, { ...filter, entityArticles }, { highlightCounts: facets.highlightCounts, positions }),
    [library.articles, keys, filter, entityArticles, facets.highlightCounts, positions],
  )
  const categories = useMemo(() => distinct(library.articles, (a) => a.meta.category), [library.articles])
  const sources = useMemo(() => distinct(library.articles, sourceOf), [library.articles])
  // Show the open article when the library first appears (it may be far down a long list).
  const [scrollTo, setScrollTo] = useState<{ index: number; focus?: boolean } | null>(() => {
    const at = rows.findIndex((a) => a.id === activeId)
    return at >= 0 ? { index: at } : null
  })
  // The row a keyboard move is heading to, until a row takes the focus.
  const pending = useRef<number | null>(null)

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>): void => {
    // A key pressed before the last move's row was focused counts from that row.
    const at = pending.current ?? Number((document.activeElement as HTMLElement | null)?.getAttribute('data-index') ?? -1)
    const target =
      event.key === 'ArrowDown' ? at + 1 : event.key === 'ArrowUp' ? at - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? rows.length - 1 : null
    if (target === null || rows.length === 0 || at < 0) return
    event.preventDefault()
    const index = Math.max(0, Math.min(rows.length - 1, target))
    pending.current = index
    setScrollTo({ index, focus: true })
  }

  const filtered = rows.length !== library.articles.length
  return (
    <nav className="library" aria-labelledby="library-heading" onFocus={() => (pending.current = null)}>
      <header className="library-header">
        <h2 id="library-heading">{i18n.t('library.heading')}</h2>
        <span className="library-count" aria-live="polite">
          {filtered ? i18n.t('library.shown', { shown: rows.length, total: library.articles.length }) : i18n.plural('library.count', library.articles.length)}
        </span>
      </header>
      {actions ? <div className="library-actions">{actions}</div> : null}
      {library.articles.length > 1 ? (
        <LibraryControls
          filter={filter}
          categories={categories}
          sources={sources}
          entities={entities}
          entityId={entityId}
          onChange={(patch) => setFilter((f) => ({ ...f, ...patch }))}
          onEntity={setEntityId}
        />
      ) : null}
      {library.articles.length === 0 ? <p className="empty">{i18n.t('library.empty')}</p> : null}
      {entityLoading ? <p className="empty">{i18n.t('library.loadingEntity')}</p> : null}
      {filtered && rows.length === 0 && !entityLoading ? <p className="empty">{i18n.t('library.noMatch')}</p> : null}
      <VirtualList
        count={rows.length}
        estimatedRowHeight={ROW_HEIGHT_GUESS}
        scrollTo={scrollTo}
        label={i18n.t('library.heading')}
        onKeyDown={onKeyDown}
        renderRow={(index) => {
          const article = rows[index] as ArticleSummary
          return (
            <LibraryItem
              key={article.id}
              article={article}
              active={article.id === activeId}
              progress={positions[article.id]?.progress}
              position={{ index, size: rows.length }}
              highlights={facets.highlightCounts[article.id]}
              onOpen={onOpen}
              {...(onRemove ? { onRemove } : {})}
            />
          )
        }}
      >
        <FailedFiles failed={library.failed} />
      </VirtualList>
    </nav>
  )
}
