import type { ReactNode } from 'react'
import type { Entity } from '../../../../core/entities/types'
import { useI18n } from '../../i18n/I18nProvider'
import { sortKeys, type LibraryFilter, type SortKey } from './library-view'

interface Props {
  filter: LibraryFilter
  categories: string[]
  sources: string[]
  entities: readonly Entity[]
  entityId: string
  onChange: (patch: Partial<LibraryFilter>) => void
  onEntity: (id: string) => void
}

/** Text filter, sort order, and the facet menus of the library. Only form controls: no buttons. */
export function LibraryControls({ filter, categories, sources, entities, entityId, onChange, onEntity }: Props): ReactNode {
  const i18n = useI18n()
  const sourceLabel = (s: string): string => (s === 'bundled' ? i18n.t('library.origin.bundled') : s === 'imported' ? i18n.t('library.origin.imported') : s)
  return (
    <div className="library-controls">
      <input
        type="search"
        className="library-filter"
        dir="auto"
        aria-label={i18n.t('library.filter')}
        placeholder={i18n.t('library.filterPlaceholder')}
        value={filter.text}
        onChange={(e) => onChange({ text: e.target.value })}
      />
      <label className="library-control">
        <span>{i18n.t('library.sort')}</span>
        <select value={filter.sort} onChange={(e) => onChange({ sort: e.target.value as SortKey })} data-control="sort">
          {sortKeys.map((key) => (
            <option key={key} value={key}>
              {i18n.t(`library.sort.${key}`)}
            </option>
          ))}
        </select>
      </label>
      {categories.length > 0 ? (
        <label className="library-control">
          <span>{i18n.t('library.category')}</span>
          <select value={filter.category} onChange={(e) => onChange({ category: e.target.value })} data-control="category">
            <option value="">{i18n.t('library.any')}</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="library-control">
        <span>{i18n.t('library.source')}</span>
        <select value={filter.source} onChange={(e) => onChange({ source: e.target.value })} data-control="source">
          <option value="">{i18n.t('library.any')}</option>
          {sources.map((s) => (
            <option key={s} value={s}>
              {sourceLabel(s)}
            </option>
          ))}
        </select>
      </label>
      {entities.length > 0 ? (
        <label className="library-control">
          <span>{i18n.t('library.entity')}</span>
          <select value={entityId} onChange={(e) => onEntity(e.target.value)} data-control="entity">
            <option value="">{i18n.t('library.any')}</option>
            {entities.map((e) => (
              <option key={e.id} value={e.id}>
                {e.nameAr || e.nameLatin}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="library-check">
        <input type="checkbox" checked={filter.hasHighlights} onChange={(e) => onChange({ hasHighlights: e.target.checked })} data-control="has-highlights" />
        <span>{i18n.t('library.hasHighlights')}</span>
      </label>
    </div>
  )
}
