import type { UpdateOutcome } from '../../core/store/stored-document'
import { err, ok, type Result } from '../../shared/result'

/** Why a write did not reach the disk: the folder or document is read-only, or the write failed. */
export const notSaved = (outcome: Extract<UpdateOutcome, { saved: false }>): Result<never> =>
  err(outcome.readOnly ? 'read-only' : 'write-failed', outcome.reason)

/** The Result of a store write: the value when it is on disk, else why not (read-only or failed). */
export const saved = <T>(outcome: UpdateOutcome, value: T): Result<T> => (outcome.saved ? ok(value) : notSaved(outcome))
