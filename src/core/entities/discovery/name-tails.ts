import { normalizeKey } from '../../text/normalize'
import type { Word } from '../words'
import type { Sighting } from './types'

/** Regnal ordinals: "عبدالله الثاني", "لويس الرابع عشر" are one person, not "عبدالله" and a word. */
// prettier-ignore
const ORDINALS = new Set([
  'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'الحادي',
].map(normalizeKey))

/** True for a regnal ordinal: the person's name ends right after it (name-tails adds it to the name). */
export const isRegnalOrdinal = (w: Word | undefined): boolean => w?.kind === 'ar' && ORDINALS.has(w.key)

/** "الرابع عشر": the tens word after an ordinal. */
const TEENS = normalizeKey('عشر')

/** Language editions of a news brand: "بي بي سي عربي", "سي إن إن عربية". */
const EDITIONS = new Set(['عربي', 'عربية'].map(normalizeKey))

/** Compass adjectives that end a place's name: "كارولاينا الجنوبية", "السودان الجنوبي". */
// prettier-ignore
const COMPASS = new Set([
  'الجنوبية', 'الجنوبي', 'الشمالية', 'الشمالي', 'الشرقية', 'الشرقي', 'الغربية', 'الغربي', 'الوسطى',
].map(normalizeKey))

/** "دوت كوم": the spoken dot of a web address; the word after it is the domain ending ("كوم", "نت", "رو"). */
const DOT = normalizeKey('دوت')

/**
 * Words that belong to the name a sighting ends before: a compass adjective after a place, a regnal ordinal after a person, a language
 * edition after an acronym, "دوت كوم" after a site's name, the rest of a version number ("ويندوز
 * 8.1"). Each sighting is returned with its end moved over them, and a web address is a sighting of
 * its own even when its first word is a word of the language ("ميل دوت رو").
 */
export function withNameTails(text: string, words: readonly Word[], sightings: readonly Sighting[]): Sighting[] {
  const extended = sightings.map((s) => {
    const last = wordEndingAt(words, s.end)
    if (last === undefined) return s
    // "كارولاينا الجنوبية": an unknown word or a place with a compass adjective after it is a place.
    const next = words[last + 1]
    if (next?.kind === 'ar' && COMPASS.has(next.key) && (s.type ?? 'place') === 'place' && !s.name.includes(' '))
      return { ...s, name: s.name + text.slice(s.end, next.end), end: next.end, type: 'place' as const }
    const tail = tailAfter(words, last, s)
    return tail === last ? s : { ...s, name: s.name + text.slice(s.end, words[tail]!.end), end: words[tail]!.end }
  })
  return [...extended, ...webAddresses(text, words)]
}

/** The index of the word that ends at `end`, by binary search (words are in text order). */
function wordEndingAt(words: readonly Word[], end: number): number | undefined {
  let lo = 0
  let hi = words.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const e = words[mid]!.end
    if (e === end) return mid
    if (e < end) lo = mid + 1
    else hi = mid - 1
  }
  return undefined
}

function tailAfter(words: readonly Word[], last: number, s: Sighting): number {
  const next = words[last + 1]
  if (next?.kind === 'ar' && ORDINALS.has(next.key) && (s.type === 'person' || s.signals.includes('given-name'))) {
    return words[last + 2]?.key === TEENS ? last + 2 : last + 1
  }
  if (next?.kind === 'ar' && EDITIONS.has(next.key) && s.signals.includes('acronym')) return last + 1
  if (next?.kind === 'ar' && next.key === DOT && words[last + 2]?.kind === 'ar') return last + 2
  // "ويندوز 8.1": a name that took a number takes its decimal part too.
  const word = words[last]
  if (
    word?.kind === 'num' &&
    next?.key === '.' &&
    next.start === word.end &&
    words[last + 2]?.kind === 'num' &&
    words[last + 2]!.start === next.end
  )
    return last + 2
  return last
}

/** "ميل دوت رو", "جوجل دوت كوم": a word, "دوت" and a domain ending name a web site. */
function webAddresses(text: string, words: readonly Word[]): Sighting[] {
  const out: Sighting[] = []
  for (let i = 1; i + 1 < words.length; i++) {
    const [name, dot, ending] = [words[i - 1]!, words[i]!, words[i + 1]!]
    if (dot.key !== DOT || name.kind !== 'ar' || ending.kind !== 'ar' || ending.key.length > 4) continue
    out.push({ name: text.slice(name.start, ending.end), start: name.start, end: ending.end, signals: ['kind-word'], type: 'org' })
  }
  return out
}
