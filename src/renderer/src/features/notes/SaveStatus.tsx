import type { ReactNode } from 'react'
import { useI18n } from '../../i18n/I18nProvider'
import { Message } from '../../i18n/Message'
import type { SaveState } from './autosaver'

/** The autosave state in words, announced politely; a failed save says why and can be retried. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }): ReactNode {
  const i18n = useI18n()
  return (
    <p className="save-status" data-state={state.kind} role="status" aria-live="polite">
      {state.kind === 'saving' ? (
        i18n.t('notes.saving')
      ) : state.kind === 'saved' ? (
        <span title={i18n.formatDateTime(state.at)}>{i18n.t('notes.saved')}</span>
      ) : state.kind === 'failed' ? (
        <>
          <Message k="notes.saveFailed" params={{ reason: state.reason }} />{' '}
          <button type="button" className="notes-text-button" onClick={onRetry}>
            {i18n.t('notes.retry')}
          </button>
        </>
      ) : null}
    </p>
  )
}
