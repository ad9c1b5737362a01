import type { Result } from '../../src/shared/result'

/** The value of an ok Result; a failed call throws with its code and message. Plain module: child processes use it too. */
export function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`)
  return result.value as T
}
