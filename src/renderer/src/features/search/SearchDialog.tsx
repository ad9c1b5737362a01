import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { SearchHit } from '../../../../shared/library-api'
import { Modal } from '../../ui/Modal'
import { useI18n } from '../../i18n/I18nProvider'
import { IndexStatus } from './IndexStatus'
import { SearchHitView } from './SearchHitView'
import { useSearch } from './useSearch'

interface Props {
  open: boolean
  onClose: () => void
  onOpenHit: (hit: SearchHit, snippetIndex: number) => void
}

/**
 * One search box over articles, highlights, notes and entities (Ctrl+K). Results are grouped by
 * kind; ↑ ↓ move through them (the focus stays in the box, the active result is announced through
 * aria-activedescendant), Enter opens one, Escape closes.
 */
export function SearchDialog({ open, onClose, onOpenHit }: Props): ReactNode {
  return (
    <Modal open={open} onClose={onClose} labelledBy="search-heading" className="search-dialog">
      {open ? <SearchBody onClose={onClose} onOpenHit={onOpenHit} /> : null}
    </Modal>
  )
}

function SearchBody({ onClose, onOpenHit }: Omit<Props, 'open'>): ReactNode {
  const i18n = useI18n()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const { results, status, refreshStatus } = useSearch(query, true)
  const groups = (results?.groups ?? []).filter((g) => g.hits.length > 0)
  const hits: SearchHit[] = groups.flatMap((g) => g.hits)
  const current = Math.min(active, Math.max(0, hits.length - 1))
  useEffect(() => document.getElementById(`search-hit-${current}`)?.scrollIntoView({ block: 'nearest' }), [current])

  const choose = (hit: SearchHit, snippetIndex: number): void => {
    onClose()
    onOpenHit(hit, snippetIndex)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (hits.length > 0) setActive((current + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      const hit = hits[current]
      if (hit) choose(hit, 0)
    }
  }

  let index = 0
  return (
    <>
      <h2 id="search-heading">{i18n.t('search.heading')}</h2>
      <input
        type="search"
        className="search-input"
        dir="auto"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls="search-results"
        aria-activedescendant={hits.length > 0 ? `search-hit-${current}` : undefined}
        aria-label={i18n.t('search.label')}
        placeholder={i18n.t('search.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
        autoFocus
      />
      <IndexStatus status={status} onChange={refreshStatus} />
      <div id="search-results" role="listbox" aria-label={i18n.t('search.heading')} className="search-results">
        {results && hits.length === 0 && query.trim() ? <p className="empty">{i18n.t('search.none')}</p> : null}
        {groups.map((group) => (
          <div key={group.kind} role="group" aria-labelledby={`search-group-${group.kind}`} className="search-group" data-kind={group.kind}>
            <h3 id={`search-group-${group.kind}`}>
              {i18n.t(`search.kind.${group.kind}`)} <span className="search-count">({i18n.formatNumber(group.total)}{group.more ? '+' : ''})</span>
            </h3>
            {group.hits.map((hit) => {
              const at = index++
              return <SearchHitView key={`${hit.kind}:${hit.ref}`} id={`search-hit-${at}`} hit={hit} active={at === current} onOpen={(s) => choose(hit, s)} onHover={() => setActive(at)} />
            })}
            {group.total > group.hits.length ? (
              <p className="search-more">{i18n.t(group.more ? 'search.moreThan' : 'search.more', { count: group.total - group.hits.length })}</p>
            ) : null}
          </div>
        ))}
      </div>
    </>
  )
}
