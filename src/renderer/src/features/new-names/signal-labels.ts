import type { Suggestion } from '../../../../core/entities/types'
import type { TextKey } from '../../i18n/messages'

/** The message that says a discovery reason in plain words ("unknown-word" → "not in the Arabic dictionary"). */
export const signalLabel = (signal: Suggestion['reason']): TextKey => `newNames.signal.${signal}`
