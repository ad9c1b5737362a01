import { useState, type ReactNode } from 'react'
import type { Entity } from '../../../../core/entities/types'
import type { ApiError } from '../../../../shared/result'
import { useI18n } from '../../i18n/I18nProvider'
import { EntityDialog } from './EntityDialog'
import { entityLabel, searchEntities } from './entity-names'

interface Props {
  entities: readonly Entity[]
  onOpen: (id: string) => void
  onChanged: () => Promise<void>
  onError: (error: ApiError) => void
}

/** The registry: every entity with its type and names, a filter on normalised names, and "new". */
export function EntitiesView({ entities, onOpen, onChanged, onError }: Props): ReactNode {
  const i18n = useI18n()
  const [query, setQuery] = useState('')
  const [creating, setCreating] = useState(false)
  const shown = searchEntities(entities, query, entities.length)
  return (
    <main className="reader entities-view" id="reader" tabIndex={0} aria-labelledby="entities-heading">
      <div className="page-inner">
        <header className="page-header">
          <h1 id="entities-heading">{i18n.t('entities.heading')}</h1>
          <span className="count">{i18n.plural('entities.count', entities.length)}</span>
          <button type="button" className="button button-primary" onClick={() => setCreating(true)} data-action="new-entity">
            {i18n.t('entities.new')}
          </button>
        </header>
        <input className="filter-box" type="search" dir="auto" value={query} placeholder={i18n.t('entities.filter')} aria-label={i18n.t('entities.filter')} onChange={(e) => setQuery(e.currentTarget.value)} />
        {entities.length === 0 ? <p className="empty">{i18n.t('entities.none')}</p> : null}
        <ul className="entity-list">
          {shown.map((e) => (
            <li key={e.id}>
              <button type="button" className="entity-row" data-entity-id={e.id} onClick={() => onOpen(e.id)}>
                <span className={`type-dot type-${e.type}`} aria-hidden="true" />
                <bdi dir="auto" className="entity-name">
                  {entityLabel(e)}
                </bdi>
                {e.nameAr && e.nameLatin ? (
                  <bdi dir="ltr" className="muted">
                    {e.nameLatin}
                  </bdi>
                ) : null}
                <span className="muted">{i18n.t(`entity.type.${e.type}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      {creating ? (
        <EntityDialog
          open
          entity={null}
          entities={entities}
          onDone={(saved) => {
            setCreating(false)
            void onChanged().then(() => onOpen(saved.id))
          }}
          onClose={() => setCreating(false)}
          onError={onError}
        />
      ) : null}
    </main>
  )
}
