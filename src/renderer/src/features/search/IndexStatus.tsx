import type { ReactNode } from 'react'
import type { SearchStatus } from '../../../../shared/library-api'
import { api } from '../../lib/api'
import { useI18n } from '../../i18n/I18nProvider'

/** While the first index build runs: how far it is, and a button to stop it (or go on). */
export function IndexStatus({ status, onChange }: { status: SearchStatus | null; onChange: (s: SearchStatus) => void }): ReactNode {
  const i18n = useI18n()
  if (!status || status.state === 'ready' || status.state === 'idle') return null
  const act = async (call: () => ReturnType<typeof api.cancelIndexing>): Promise<void> => {
    const r = await call()
    if (r.ok) onChange(r.value)
  }
  const counts = { indexed: status.indexed, total: status.total }
  return (
    <div className="index-status" role="status" data-state={status.state}>
      {status.state === 'building' ? (
        <>
          <span>{i18n.t('search.indexing', counts)}</span>
          <progress max={status.total} value={status.indexed} />
          <button type="button" className="button" onClick={() => void act(api.cancelIndexing)} data-action="stop-indexing">
            {i18n.t('search.stopIndexing')}
          </button>
        </>
      ) : status.state === 'cancelled' ? (
        <>
          <span>{i18n.t('search.indexingStopped', counts)}</span>
          <button type="button" className="button" onClick={() => void act(api.resumeIndexing)} data-action="resume-indexing">
            {i18n.t('search.resumeIndexing')}
          </button>
        </>
      ) : (
        <span>{i18n.t('search.indexFailed', { error: status.error ?? '' })}</span>
      )}
    </div>
  )
}
