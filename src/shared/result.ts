/**
 * Every API call answers with a Result. Electron passes only `error.message` across `invoke`,
 * so errors travel as values: a stable code for the UI to branch on and a message to show.
 */
export type ErrorCode =
  | 'invalid-request'
  | 'not-found'
  | 'read-only'
  | 'write-failed'
  | 'forbidden'
  | 'internal'

export interface ApiError {
  code: ErrorCode
  message: string
  /** Machine-readable specifics the UI can act on, e.g. { conflictEntityId } to offer a merge. */
  details?: Record<string, string>
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const err = (code: ErrorCode, message: string, details?: Record<string, string>): Result<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
})
