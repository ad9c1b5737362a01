import { isTashkeel, TATWEEL } from '../../text/chars'
import { stripClitics } from '../clitics'
import { isGivenName } from '../given-names'
import { isStopWord } from '../stop-words'
import { NAME_PARTICLES } from '../titles'
import type { Word } from '../words'
import { LETTER_NAMES, NOT_NAMES } from './cue-words'
import { knowsAnySpelling, type Lexicon } from './lexicon'

/** What discovery needs to know about one Arabic word of an article. */
export interface WordFacts {
  /** Not in the dictionary, not a function word, three letters or more: likely part of a name. */
  unknown: boolean
  /** The name of a Latin letter ("بي", "إيه"): several in a row spell an acronym. */
  letter: boolean
  given: boolean
  particle: boolean
  stop: boolean
  /** Letters of proclitic to leave out of a name ("لفيسبوك" → 1), only when the bare form is attested. */
  clitic: number
  /** "ا" when the proclitic was لل: the name begins with the article the spelling dropped ("للتلغراف" → "التلغراف"). */
  restore: string
  /** The word without that proclitic, normalised. */
  stem: string
}

/** The corpus-wide facts a word is judged against. */
export interface WordContext {
  lexicon: Lexicon
  /** Normalised Arabic words seen standing alone somewhere in the texts (or in the registry). */
  attested: ReadonlySet<string>
}

const MIN_UNKNOWN_LETTERS = 3

export function wordFacts(w: Word, ctx: WordContext): WordFacts {
  const key = w.key
  const { clitic, restore } = attestedClitic(key, ctx.attested)
  const stem = restore + key.slice(clitic)
  const stems = [key, ...stripClitics(key, 2)]
  const stop = isStopWord(key)
  const letter = stems.some((s) => LETTER_NAMES.has(s))
  const notName = stems.some((s) => NOT_NAMES.has(s))
  const given = isGivenName(stem)
  const unknown =
    !stop &&
    !notName &&
    !letter &&
    w.bare.length >= MIN_UNKNOWN_LETTERS &&
    !knowsAnySpelling(ctx.lexicon, w.bare) &&
    // A dictionary word behind a proclitic chain the dictionary lacks ("وبالشركات").
    !stripClitics(key, 3).some((s) => s.length >= MIN_UNKNOWN_LETTERS && knowsAnySpelling(ctx.lexicon, w.bare.slice(key.length - s.length)))
  return { unknown, letter, given, particle: NAME_PARTICLES.has(key), stop, clitic, restore, stem }
}

/**
 * How many letters of proclitic a word carries, counted only when the rest stands alone elsewhere in
 * the texts: "لفيسبوك" is ل + فيسبوك once "فيسبوك" is seen, while "بريطانيا", "لندن" and "وانغ" keep
 * their first letter. لل reads as ل + ال ("للتلغراف" → "التلغراف").
 */
function attestedClitic(key: string, attested: ReadonlySet<string>): { clitic: number; restore: string } {
  for (const stem of stripClitics(key, 3)) {
    const clitic = key.length - stem.length
    if (attested.has(stem)) return { clitic, restore: '' }
    if (key.slice(clitic - 2, clitic) === 'لل' && attested.has(`ا${key.slice(clitic - 1)}`)) return { clitic: clitic - 1, restore: 'ا' }
  }
  return { clitic: 0, restore: '' }
}

/** Raw offset after `letters` Arabic letters from `start`, stepping over tashkeel and tatweel. */
export function afterLetters(text: string, start: number, letters: number): number {
  let i = start
  for (let n = 0; n < letters && i < text.length; ) {
    const c = text.charCodeAt(i++)
    if (!isTashkeel(c) && c !== TATWEEL) n++
  }
  while (i < text.length && (isTashkeel(text.charCodeAt(i)) || text.charCodeAt(i) === TATWEEL)) i++
  return i
}
