import type { ReactNode } from 'react'
import type { Entity } from '../../../../core/entities/types'
import { useI18n } from '../../i18n/I18nProvider'
import { Message } from '../../i18n/Message'
import { entityLabel } from './entity-names'
import type { KnownFirst } from './useReaderEntities'

interface Props {
  question: KnownFirst
  entity: Entity | undefined
  /** "Yes": the mention is confirmed as this entity. */
  onConfirm: () => void
  /** "No": on to the new-entity dialog with the selection. */
  onNewAnyway: () => void
  onClose: () => void
}

/** Asks, before a new entity is made from a selection, whether the known name inside it is what was meant. */
export function KnownFirstPopover({ question, entity, onConfirm, onNewAnyway, onClose }: Props): ReactNode {
  const i18n = useI18n()
  const name = entity ? entityLabel(entity) : question.selectedText
  return (
    <div
      className="link-popover known-first"
      role="dialog"
      aria-label={i18n.t('knownFirst.question', { name })}
      style={{ top: Math.min(window.innerHeight - 200, question.selection.rect.bottom + 8), left: Math.max(8, question.selection.rect.left - 160) }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          onClose()
        }
      }}
    >
      <p className="card-title">
        <Message k="knownFirst.question" params={{ name }} />
      </p>
      <p className="muted">{i18n.t('knownFirst.hint')}</p>
      <div className="card-actions">
        <button type="button" className="button button-primary" onClick={onConfirm} autoFocus data-action="known-first-confirm">
          {i18n.t('knownFirst.confirm')}
        </button>
        <button type="button" className="button" onClick={onNewAnyway} data-action="known-first-new">
          {i18n.t('knownFirst.newAnyway')}
        </button>
      </div>
    </div>
  )
}
