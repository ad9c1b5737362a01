import { useId, type ReactNode } from 'react'
import { Modal } from '../../ui/Modal'
import { useI18n } from '../../i18n/I18nProvider'
import { Message } from '../../i18n/Message'

interface Props {
  open: boolean
  name: string
  onConfirm: () => void
  onClose: () => void
}

/** Deleting an entity is asked in the app's own dialog (not the browser's), in the interface language; the safe button has the focus. */
export function DeleteEntityDialog({ open, name, onConfirm, onClose }: Props): ReactNode {
  const i18n = useI18n()
  const titleId = useId()
  return (
    <Modal open={open} onClose={onClose} labelledBy={titleId} className="delete-entity-dialog">
      <h2 id={titleId}>{i18n.t('entity.deleteTitle')}</h2>
      <p>
        <Message k="entity.deleteConfirm" params={{ name }} />
      </p>
      <div className="note-dialog-actions">
        <button type="button" className="button" autoFocus onClick={onClose}>
          {i18n.t('entity.cancel')}
        </button>
        <button type="button" className="button button-danger" data-action="confirm-delete-entity" onClick={onConfirm}>
          {i18n.t('entity.delete')}
        </button>
      </div>
    </Modal>
  )
}
