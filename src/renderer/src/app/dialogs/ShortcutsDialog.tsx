import type { ReactNode } from 'react'
import { useI18n } from '../../i18n/I18nProvider'
import { SHORTCUT_HELP } from '../shortcuts'
import { Modal } from '../../ui/Modal'

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }): ReactNode {
  const i18n = useI18n()
  return (
    <Modal open={open} onClose={onClose} labelledBy="shortcuts-heading" className="shortcuts-dialog">
      <h2 id="shortcuts-heading">{i18n.t('shortcuts.heading')}</h2>
      <dl className="shortcut-list">
        {SHORTCUT_HELP.map((row) => (
          <div key={row.label} className="shortcut-row">
            <dt>
              {row.keys.map((key) => (
                <kbd key={key} dir="ltr">
                  {key}
                </kbd>
              ))}
            </dt>
            <dd>{i18n.t(row.label)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button" onClick={onClose} autoFocus>
        {i18n.t('shortcuts.close')}
      </button>
    </Modal>
  )
}
