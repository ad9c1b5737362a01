import { useId, type ReactNode } from 'react'
import { Modal } from '../../ui/Modal'
import { useI18n } from '../../i18n/I18nProvider'
import { Message } from '../../i18n/Message'

interface Props {
  open: boolean
  title: string
  onConfirm: () => void
  onClose: () => void
}

/** Deleting a note cannot be undone, so it is asked for twice; the safe button has the focus. */
export function DeleteNoteDialog({ open, title, onConfirm, onClose }: Props): ReactNode {
  const i18n = useI18n()
  const titleId = useId()
  return (
    <Modal open={open} onClose={onClose} labelledBy={titleId} className="delete-note-dialog">
      <h2 id={titleId}>{i18n.t('notes.deleteTitle')}</h2>
      <p>
        <Message k="notes.deleteBody" params={{ title: title || i18n.t('notes.untitled') }} />
      </p>
      <div className="note-dialog-actions">
        <button type="button" className="button" autoFocus onClick={onClose}>
          {i18n.t('notes.cancel')}
        </button>
        <button type="button" className="button button-danger" data-action="confirm-delete-note" onClick={onConfirm}>
          {i18n.t('notes.deleteConfirm')}
        </button>
      </div>
    </Modal>
  )
}
