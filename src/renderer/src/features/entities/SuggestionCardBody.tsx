import type { ReactNode } from 'react'
import type { Suggestion } from '../../../../core/entities/types'
import type { NewNameChoice } from '../../../../shared/api'
import { useI18n } from '../../i18n/I18nProvider'
import { BidiText } from '../../ui/BidiText'
import { signalLabel } from '../new-names/signal-labels'

interface Props {
  suggestion: Suggestion
  /** The name as it would be accepted (the full name for a surname alone). */
  choice: NewNameChoice
  busy: boolean
  onAccept: () => void
  onIgnore: () => void
  /** Opens the new-entity dialog with the name filled in, to edit before creating. */
  onEdit: () => void
  takeFocus: boolean
}

/** The card of an underlined suggestion: the proposed name, its type and why, with accept and ignore right there. */
export function SuggestionCardBody({ suggestion, choice, busy, onAccept, onIgnore, onEdit, takeFocus }: Props): ReactNode {
  const i18n = useI18n()
  const signals = suggestion.signals?.length ? suggestion.signals : [suggestion.reason]
  return (
    <>
      <p className="card-title">
        <span className={`type-dot type-${choice.type}`} aria-hidden="true" />{' '}
        <bdi dir="auto" className="suggested-name">
          <BidiText text={choice.name} start={0} end={choice.name.length} />
        </bdi>{' '}
        <span className="muted">· {i18n.t(`entity.type.${choice.type}`)}</span>
      </p>
      <p className="muted">{i18n.t('suggestion.proposed')}</p>
      <ul className="suggestion-reasons">
        {signals.map((s) => (
          <li key={s} data-signal={s}>
            {i18n.t(signalLabel(s))}
          </li>
        ))}
      </ul>
      <div className="card-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={onAccept} autoFocus={takeFocus} data-action="accept-suggestion">
          {i18n.t('suggestion.accept')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onIgnore} data-action="ignore-suggestion">
          {i18n.t('suggestion.ignore')}
        </button>
        <button type="button" className="button" onClick={onEdit} data-action="edit-suggestion">
          {i18n.t('suggestion.edit')}
        </button>
      </div>
    </>
  )
}
