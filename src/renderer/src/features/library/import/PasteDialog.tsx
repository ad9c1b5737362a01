import { useState, type ReactNode } from 'react'
import { Modal } from '../../../ui/Modal'
import { useI18n } from '../../../i18n/I18nProvider'

/** Paste an article: a title (optional) and its text; it is imported like a file. */
export function PasteDialog({ open, onSubmit, onClose }: { open: boolean; onSubmit: (title: string, text: string) => Promise<boolean>; onClose: () => void }): ReactNode {
  const i18n = useI18n()
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const submit = async (): Promise<void> => {
    setBusy(true)
    const done = await onSubmit(title, text)
    setBusy(false)
    if (!done) return
    setTitle('')
    setText('')
    onClose()
  }
  return (
    <Modal open={open} onClose={onClose} labelledBy="paste-heading" className="paste-dialog">
      <h2 id="paste-heading">{i18n.t('paste.heading')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <label className="setting">
          <span>{i18n.t('paste.title')}</span>
          <input type="text" dir="auto" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={500} name="title" />
        </label>
        <label className="setting">
          <span>{i18n.t('paste.text')}</span>
          <textarea dir="auto" rows={12} value={text} onChange={(e) => setText(e.target.value)} name="text" required />
        </label>
        <div className="dialog-buttons">
          <button type="submit" className="button" disabled={busy || text.trim() === ''}>
            {i18n.t('paste.submit')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {i18n.t('paste.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
