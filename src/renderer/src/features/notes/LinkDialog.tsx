import { useId, useState, type ReactNode } from 'react'
import { Modal } from '../../ui/Modal'
import { useI18n } from '../../i18n/I18nProvider'
import { linkFromInput } from './link-policy'

interface Props {
  open: boolean
  /** The link under the caret, if any: shown for editing and removable. */
  current: string | null
  onApply: (href: string) => void
  onRemove: () => void
  onClose: () => void
}

/** Asks for a link's address and refuses anything but http, https and mailto (see link-policy.ts). */
export function LinkDialog({ open, current, onApply, onRemove, onClose }: Props): ReactNode {
  const titleId = useId()
  return (
    <Modal open={open} onClose={onClose} labelledBy={titleId} className="link-dialog">
      {open ? <LinkForm key={current ?? ''} titleId={titleId} current={current} onApply={onApply} onRemove={onRemove} onClose={onClose} /> : null}
    </Modal>
  )
}

function LinkForm({ titleId, current, onApply, onRemove, onClose }: Omit<Props, 'open'> & { titleId: string }): ReactNode {
  const i18n = useI18n()
  const [value, setValue] = useState(current ?? '')
  const [invalid, setInvalid] = useState(false)
  const errorId = useId()
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        const href = linkFromInput(value)
        if (href) onApply(href)
        else setInvalid(true)
      }}
    >
      <h2 id={titleId}>{i18n.t('notes.linkDialog')}</h2>
      <label className="setting">
        <span>{i18n.t('notes.linkUrl')}</span>
        <input
          name="url"
          type="text"
          inputMode="url"
          dir="ltr"
          autoFocus
          value={value}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(e) => {
            setValue(e.currentTarget.value)
            setInvalid(false)
          }}
        />
      </label>
      {invalid ? (
        <p id={errorId} className="note-form-error" role="alert">
          {i18n.t('notes.linkInvalid')}
        </p>
      ) : null}
      <div className="note-dialog-actions">
        <button type="submit" className="button">
          {i18n.t('notes.linkApply')}
        </button>
        {current ? (
          <button type="button" className="button" onClick={onRemove}>
            {i18n.t('notes.linkRemove')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={onClose}>
          {i18n.t('notes.cancel')}
        </button>
      </div>
    </form>
  )
}
