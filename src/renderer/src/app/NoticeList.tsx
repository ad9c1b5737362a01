import type { ReactNode } from 'react'
import { useI18n } from '../i18n/I18nProvider'
import { Message } from '../i18n/Message'
import { isWarning, LTR_PARAMS, messageOf, type Notice } from './notices'

/** Banners for what went wrong (or was repaired): announced to screen readers as they appear. */
export function NoticeList({ notices, onDismiss }: { notices: Notice[]; onDismiss: (index: number) => void }): ReactNode {
  const i18n = useI18n()
  if (notices.length === 0) return null
  return (
    <section className="notices" aria-live="polite">
      {notices.map((notice, index) => {
        const message = messageOf(notice, i18n)
        return (
          <div
            key={index}
            className={`notice ${isWarning(notice) ? 'notice-warning' : 'notice-info'}`}
            role={isWarning(notice) ? 'alert' : 'status'}
            data-kind={notice.kind}
            data-index={notice.kind === 'index-rebuilt' ? notice.index : undefined}
          >
            <p>
              <Message k={message.key} params={message.params} ltr={LTR_PARAMS} />
            </p>
            <button type="button" className="notice-dismiss" onClick={() => onDismiss(index)}>
              {i18n.t('notice.dismiss')}
            </button>
          </div>
        )
      })}
    </section>
  )
}
