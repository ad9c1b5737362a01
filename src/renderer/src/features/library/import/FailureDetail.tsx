import type { ReactNode } from 'react'
import type { ReasonKey } from '../../../../../core/corpus/reasons'
import type { FailedItem } from '../../../../../shared/library-api'
import { useI18n } from '../../../i18n/I18nProvider'
import { Message } from '../../../i18n/Message'
import type { TextKey } from '../../../i18n/messages'

/** The message of a reason: typed, so a reason key without a message in the tables does not compile. */
const reasonKey = (key: ReasonKey): TextKey => `import.reason.${key}`

/** Figures and names that read left to right inside an Arabic sentence. */
const LTR_PARAMS = ['size', 'limit', 'encoding', 'extensions', 'error']

/**
 * Why a file was not imported, in the interface's language: the reason's key and figures through the
 * message tables. A failure without a reason (an older backend's) shows its English message, marked so.
 */
export function FailureDetail({ item }: { item: Pick<FailedItem, 'message' | 'reason'> }): ReactNode {
  const i18n = useI18n()
  if (!item.reason) {
    return (
      <span className="failed-detail" dir="ltr" lang="en">
        {item.message}
      </span>
    )
  }
  return (
    <span className="failed-detail" dir="auto" lang={i18n.locale} data-reason={item.reason.key}>
      <Message k={reasonKey(item.reason.key)} params={item.reason.params ?? {}} ltr={LTR_PARAMS} />
    </span>
  )
}
