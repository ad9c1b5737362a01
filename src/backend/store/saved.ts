import type { UpdateOutcome } from '../../core/store/stored-document'
import { err, ok, type Result } from '../../shared/result'

/** The Result of a store write: the value when it is on disk, else why not (read-only or failed). */
export const saved = <T>(outcome: UpdateOutcome, value: T): Result<T> =>
  outcome.saved ? ok(value) : err(outcome.readOnly ? 'read-only' : 'write-failed', outcome.reason)
