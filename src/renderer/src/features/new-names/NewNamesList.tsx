import { useState, type ReactNode } from 'react'
import type { Entity } from '../../../../core/entities/types'
import { nameKey } from '../../../../core/entities/name-form'
import type { NewName, NewNameChoice } from '../../../../shared/api'
import { useI18n } from '../../i18n/I18nProvider'
import { Message } from '../../i18n/Message'
import { NewNameItem } from './NewNameItem'
import type { NewNameActions } from './useNewNameActions'
import type { NewNamesState } from './useNewNames'

interface Props {
  state: NewNamesState
  actions: NewNameActions
  entities: readonly Entity[]
  /** Says "in this article" rather than "in the library" when the list is empty. */
  scope: 'library' | 'article'
  onJump: (articleId: string, start: number, end: number) => void
}

/**
 * Ranked proposed names with their states (reading the library, unavailable, empty), a checkbox on
 * each and "accept selected" for many at once. Types corrected by the user are kept per name.
 */
export function NewNamesList({ state, actions, entities, scope, onJump }: Props): ReactNode {
  const i18n = useI18n()
  const [types, setTypes] = useState<Record<string, NewNameChoice['type']>>({})
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const { inbox } = state
  if (!inbox) return <p className="empty" aria-busy="true">{i18n.t('app.loading')}</p>
  if (inbox.status === 'running') return <p className="empty new-names-running" role="status">{i18n.t('newNames.running')}</p>
  if (inbox.status === 'unavailable')
    return (
      <p className="empty new-names-unavailable" role="alert">
        <Message k="newNames.unavailable" params={{ reason: inbox.reason ?? '' }} ltr={['reason']} />
      </p>
    )
  if (inbox.names.length === 0) return <p className="empty new-names-empty">{i18n.t(scope === 'article' ? 'newNames.emptyArticle' : 'newNames.empty')}</p>

  const choiceOf = (n: NewName): NewNameChoice => ({ name: n.name, type: types[n.key] ?? n.type, aliases: n.aliases })
  const chosen = inbox.names.filter((n) => selected.has(n.key))
  const forget = (keys: string[]): void => setSelected((all) => new Set([...all].filter((k) => !keys.includes(k))))
  const select = (key: string, on: boolean): void => setSelected((all) => (on ? new Set([...all, key]) : new Set([...all].filter((k) => k !== key))))
  const showProposal = (name: string): void => {
    const item = document.querySelector<HTMLElement>(`.new-name[data-name-key="${CSS.escape(nameKey(name))}"]`)
    item?.scrollIntoView({ block: 'center' })
    item?.focus()
  }
  const allSelected = chosen.length === inbox.names.length

  return (
    <div className="new-names">
      <div className="new-names-bulk">
        <label className="check">
          <input
            type="checkbox"
            checked={allSelected}
            onChange={(e) => setSelected(e.currentTarget.checked ? new Set(inbox.names.map((n) => n.key)) : new Set())}
          />
          <span>{i18n.t('newNames.selectAll')}</span>
        </label>
        <button
          type="button"
          className="button button-primary"
          disabled={chosen.length === 0 || actions.busy}
          onClick={() => void actions.accept(chosen.map(choiceOf)).then((done) => done && forget(chosen.map((n) => n.key)))}
          data-action="accept-selected"
        >
          {i18n.t('newNames.acceptSelected', { count: chosen.length })}
        </button>
      </div>
      <ol className="new-name-list">
        {inbox.names.map((n) => (
          <NewNameItem
            key={n.key}
            name={n}
            type={types[n.key] ?? n.type}
            onType={(type) => setTypes((all) => ({ ...all, [n.key]: type }))}
            selected={selected.has(n.key)}
            onSelect={(on) => select(n.key, on)}
            entities={entities}
            busy={actions.busy}
            onAccept={() => void actions.accept([choiceOf(n)]).then((done) => done && forget([n.key]))}
            onMerge={(entityId) => void actions.merge(choiceOf(n), entityId).then((done) => done && forget([n.key]))}
            onIgnore={() => void actions.ignore([n.name]).then((done) => done && forget([n.key]))}
            onShowProposal={showProposal}
            onJump={onJump}
          />
        ))}
      </ol>
    </div>
  )
}
