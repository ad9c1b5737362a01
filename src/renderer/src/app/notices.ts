import type { StoreNotice } from '../../../core/store/notices'
import type { Translator } from '../i18n/translate'

/** What the banner area shows: store notices from the backend, and requests that failed here. */
export type Notice = StoreNotice | { kind: 'request-failed'; reason: string }

/** One sentence per notice in the interface language; technical reasons stay as the backend wrote them. */
export function describeNotice(notice: Notice, i18n: Translator): string {
  switch (notice.kind) {
    case 'restored':
      return i18n.t('notice.restored', {
        document: notice.document,
        reason: notice.reason,
        path: notice.quarantinedTo,
        time: i18n.formatDateTime(notice.backupTakenAt),
      })
    case 'reset':
      return i18n.t('notice.reset', { document: notice.document, reason: notice.reason, path: notice.quarantinedTo })
    case 'read-only':
      return i18n.t('notice.readOnly', { document: notice.document, reason: notice.reason })
    case 'migrated':
      return i18n.t('notice.migrated', { document: notice.document, from: notice.from, to: notice.to })
    case 'write-failed':
      return i18n.t('notice.writeFailed', { document: notice.document, reason: notice.reason })
    case 'backup-failed':
      return i18n.t('notice.backupFailed', { document: notice.document, reason: notice.reason })
    case 'not-writable':
      return i18n.t('notice.notWritable', { reason: notice.reason })
    case 'request-failed':
      return i18n.t('notice.requestFailed', { reason: notice.reason })
  }
}

/** Problems stay until dismissed; the upgrade note is informational. */
export const isWarning = (notice: Notice): boolean => notice.kind !== 'migrated'
