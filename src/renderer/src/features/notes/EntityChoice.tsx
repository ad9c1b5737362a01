import { useId, useState, type ReactNode } from 'react'
import type { Entity } from '../../../../core/entities/types'
import { useI18n } from '../../i18n/I18nProvider'
import { mentionLabel, suggestEntities } from './mention-search'

interface Props {
  entities: readonly Entity[]
  exclude: ReadonlySet<string>
  onPick: (entity: Entity) => void
  onClose: () => void
}

/** A small search over the registry for attaching a note to an entity: type, ↑ ↓, Enter; Escape closes. */
export function EntityChoice({ entities, exclude, onPick, onClose }: Props): ReactNode {
  const i18n = useI18n()
  const [query, setQuery] = useState('')
  const [at, setAt] = useState(0)
  const listId = useId()
  const found = suggestEntities(
    entities.filter((e) => !exclude.has(e.id)),
    query,
  )
  const index = Math.min(at, Math.max(0, found.length - 1))
  return (
    <div className="entity-choice">
      <input
        type="search"
        dir="auto"
        autoFocus
        value={query}
        role="combobox"
        aria-label={i18n.t('notes.attachSearch')}
        placeholder={i18n.t('notes.attachSearch')}
        aria-expanded={found.length > 0}
        aria-controls={listId}
        aria-activedescendant={found[index] ? `${listId}-${index}` : undefined}
        onChange={(e) => {
          setQuery(e.currentTarget.value)
          setAt(0)
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setAt(Math.min(found.length - 1, index + 1))
          else if (e.key === 'ArrowUp') setAt(Math.max(0, index - 1))
          else if (e.key === 'Enter' && found[index]) onPick(found[index])
          else if (e.key === 'Escape') onClose()
          else return
          e.preventDefault()
          e.stopPropagation()
        }}
      />
      <ul id={listId} role="listbox" aria-label={i18n.t('notes.attachEntity')}>
        {found.map((entity, i) => (
          <li
            key={entity.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === index}
            className={i === index ? 'current' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(entity)}
          >
            <bdi dir="auto">{mentionLabel(entity)}</bdi>
          </li>
        ))}
      </ul>
    </div>
  )
}
