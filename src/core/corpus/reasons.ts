/**
 * Why a file could not be read or imported, as a key and its figures, so the interface says it in
 * its own language; the English `message` beside it stays for the CLI, logs and tests.
 */
export type ReasonKey =
  | 'binary'
  | 'no-bytes'
  | 'no-text'
  | 'no-article'
  | 'utf8-cut'
  | 'utf8-invalid'
  | 'not-unicode'
  | 'not-arabic'
  | 'unsupported'
  | 'too-large'
  | 'not-sent'
  | 'parse-failed'
  | 'read-failed'
  | 'save-failed'
  | 'name-clash'
  | 'too-complex'
  | 'too-slow'
  | 'stopped-reading'
  | 'stopped'
  | 'import-busy'
  | 'request-failed'

export interface Reason {
  key: ReasonKey
  /** Figures and names the sentence needs (byte positions, sizes, an encoding, an error code). */
  params?: Readonly<Record<string, string | number>>
}

export const reason = (key: ReasonKey, params?: Reason['params']): Reason => (params ? { key, params } : { key })

/** A file-system failure: the reason carries the error code (ENOSPC, EACCES…), which reads the same in every language. */
export const fsReason = (key: 'read-failed' | 'save-failed', error: unknown): Reason => {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : ''
  return reason(key, { error: code || (error instanceof Error ? error.message : String(error)) })
}
