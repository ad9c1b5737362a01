import { stripClitics } from './clitics'
import type { CompiledName } from './compile-names'
import { isGivenName } from './given-names'
import { NONE, wordClass } from './word-class'

/**
 * True when a surname-only name at `start` follows another person's given name: "جاك ألتمان" is
 * Jack, not Sam, even when Jack is not in the registry. Only a space may separate the two words
 * ("جاك، ألتمان" is a list). The entity's own given names do not count ("سام" before "ألتمان").
 * Only asked for surname aliases, so the substring it makes is rare.
 */
export function followsOtherGivenName(s: string, start: number, segmentStart: number, name: CompiledName): boolean {
  let end = start
  while (end > segmentStart && (s.charCodeAt(end - 1) === 0x20 || s.charCodeAt(end - 1) === 0x09)) end--
  if (end === start || end === segmentStart) return false
  const cls = wordClass(s.charCodeAt(end - 1))
  if (cls === NONE) return false
  let begin = end - 1
  while (begin > segmentStart && wordClass(s.charCodeAt(begin - 1)) === cls) begin--
  const word = s.slice(begin, end)
  // "وجاك ألتمان": the given name may carry the clitic the pair takes.
  for (const candidate of [word, ...stripClitics(word, 2)]) {
    if (isGivenName(candidate)) return !name.givenNames.has(candidate)
  }
  return false
}
