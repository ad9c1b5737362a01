import { useId, useState, type ReactNode } from 'react'
import type { Entity } from '../../../../core/entities/types'
import { useI18n } from '../../i18n/I18nProvider'
import { entityLabel, searchEntities } from './entity-names'

interface Props {
  entities: readonly Entity[]
  onPick: (entity: Entity) => void
  exclude?: readonly string[]
  autoFocus?: boolean
  /** Show the list only once something is typed (inside small cards). */
  compact?: boolean
}

/** A search box over the registry (normalised Arabic and Latin names) with a keyboard-navigable list. */
export function EntityPicker({ entities, onPick, exclude = [], autoFocus = false, compact = false }: Props): ReactNode {
  const i18n = useI18n()
  const [query, setQuery] = useState('')
  const [at, setAt] = useState(0)
  const listId = useId()
  const found = compact && !query.trim() ? [] : searchEntities(entities.filter((e) => !exclude.includes(e.id)), query, compact ? 6 : 20)
  const choose = (e: Entity | undefined): void => {
    if (e) onPick(e)
  }
  return (
    <div className="entity-picker">
      <input
        type="search"
        dir="auto"
        value={query}
        autoFocus={autoFocus}
        aria-label={i18n.t('entity.pick')}
        placeholder={i18n.t('entity.pick')}
        role="combobox"
        aria-expanded={found.length > 0}
        aria-controls={listId}
        aria-activedescendant={found[at] ? `${listId}-${found[at].id}` : undefined}
        onChange={(e) => {
          setQuery(e.currentTarget.value)
          setAt(0)
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setAt((i) => Math.min(found.length - 1, i + 1))
          else if (e.key === 'ArrowUp') setAt((i) => Math.max(0, i - 1))
          else if (e.key === 'Enter') choose(found[at])
          else return
          e.preventDefault()
        }}
      />
      <ul id={listId} role="listbox" className="picker-list">
        {found.map((e, i) => (
          <li key={e.id} id={`${listId}-${e.id}`} role="option" aria-selected={i === at} className={i === at ? 'current' : ''} onMouseDown={(ev) => ev.preventDefault()} onClick={() => choose(e)}>
            <bdi dir="auto">{entityLabel(e)}</bdi>
            <span className="muted"> · {i18n.t(`entity.type.${e.type}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
