import type { ReactNode } from 'react'
import { useI18n } from '../../../i18n/I18nProvider'

/** The running import: how many files are done, and the button that stops it after the current chunk. */
export function ImportProgress({ done, total, onCancel }: { done: number; total: number; onCancel: () => void }): ReactNode {
  const i18n = useI18n()
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <span>{i18n.t('import.progress', { done, total })}</span>
      <progress max={total} value={done} />
      <button type="button" className="button" onClick={onCancel} data-action="cancel-import">
        {i18n.t('import.cancel')}
      </button>
    </div>
  )
}
