import { normalizeKey } from '../../text/normalize'
import { stripClitics } from '../clitics'
import { overlapsAny, type Span } from '../readable-segments'
import { isDefinite, type Word } from '../words'
import type { Sighting } from './types'
import { afterLetters, type WordFacts } from './word-facts'

/** Storms are named: "الإعصار إيرما", "العاصفة دينيس". */
const STORMS = new Set(['الإعصار', 'العاصفة', 'الإعصارين'].map(normalizeKey))

/**
 * After "الإعصار" or "العاصفة", a bare word the dictionary does not know, or a given name, is the
 * storm's name ("الإعصار هيلين"): an adjective there would be definite ("الإعصار القوي").
 */
export function namedStorms(
  text: string,
  words: readonly Word[],
  facts: readonly (WordFacts | null)[],
  known: readonly Span[],
): Sighting[] {
  const out: Sighting[] = []
  for (let i = 1; i < words.length; i++) {
    const before = words[i - 1] as Word
    const w = words[i] as Word
    const f = facts[i]
    if (before.kind !== 'ar' || ![before.key, ...stripClitics(before.key, 2)].some((k) => STORMS.has(k))) continue
    if (!f || !(f.unknown || f.given) || f.stop || isDefinite(w) || overlapsAny(w.start, w.end, known)) continue
    const start = afterLetters(text, w.start, f.clitic)
    out.push({ name: text.slice(start, w.end), start, end: w.end, signals: ['kind-word'], type: 'other' })
  }
  return out
}
