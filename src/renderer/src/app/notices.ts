import type { StoreNotice } from '../../../core/store/notices'
import type { Params, TextKey } from '../i18n/messages'
import type { Translator } from '../i18n/translate'

/** What the banner area shows: store notices from the backend, and requests that failed here. */
export type Notice =
  | StoreNotice
  | { kind: 'request-failed'; reason: string }
  | { kind: 'reanchored'; articleId: string; title: string; kept: number; moved: number; orphaned: number }

/** The message of a notice and its values; technical reasons stay as the backend wrote them. */
export function messageOf(notice: Notice, i18n: Translator): { key: TextKey; params: Params } {
  const document = 'document' in notice ? documentLabel(notice.document, i18n) : ''
  switch (notice.kind) {
    case 'restored':
      return {
        key: 'notice.restored',
        params: { document, reason: notice.reason, path: notice.quarantinedTo, time: i18n.formatDateTime(notice.backupTakenAt) },
      }
    case 'reset':
      return { key: 'notice.reset', params: { document, reason: notice.reason, path: notice.quarantinedTo } }
    case 'read-only':
      return { key: 'notice.readOnly', params: { document, reason: notice.reason } }
    case 'migrated':
      return { key: 'notice.migrated', params: { document, from: notice.from, to: notice.to } }
    case 'write-failed':
      return { key: 'notice.writeFailed', params: { document, reason: notice.reason } }
    case 'backup-failed':
      return { key: 'notice.backupFailed', params: { document, reason: notice.reason } }
    case 'not-writable':
      return { key: 'notice.notWritable', params: { reason: notice.reason } }
    case 'records-set-aside':
      return { key: 'notice.setAside', params: { document, count: notice.count, reason: notice.reason } }
    case 'index-rebuilt':
      return { key: REBUILT_KEYS[notice.index], params: { reason: notice.reason } }
    case 'request-failed':
      return { key: 'notice.requestFailed', params: { reason: notice.reason } }
    case 'reanchored':
      return { key: 'notice.reanchored', params: { title: notice.title, kept: notice.kept, moved: notice.moved, orphaned: notice.orphaned } }
  }
}

/** Which saved index a rebuild notice is about. */
const REBUILT_KEYS = { search: 'notice.indexRebuilt', library: 'notice.libraryIndexRebuilt', mentions: 'notice.mentionIndexRebuilt' } as const satisfies Record<string, TextKey>

/** Values that are paths or English diagnostics: always laid out left-to-right. */
export const LTR_PARAMS = ['path', 'reason'] as const

/** The user-facing name of a store document ("settings" → "الإعدادات"); others keep their file name. */
function documentLabel(name: string, i18n: Translator): string {
  return name === 'settings' ? i18n.t('document.settings') : name
}

/** Problems stay until dismissed; the upgrade note is informational. */
export const isWarning = (notice: Notice): boolean =>
  notice.kind !== 'migrated' && notice.kind !== 'index-rebuilt' && !(notice.kind === 'reanchored' && notice.orphaned === 0)

/**
 * Adds a notice unless one of the same kind about the same document is already shown: a read-only
 * store refuses every save, and one banner saying so is enough.
 */
export function withNotice(list: readonly Notice[], notice: Notice): Notice[] {
  const key = (n: Notice): string => `${n.kind}:${'document' in n ? n.document : 'articleId' in n ? n.articleId : n.reason}`
  return list.some((n) => key(n) === key(notice)) ? [...list] : [...list, notice]
}
