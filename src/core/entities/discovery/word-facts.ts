import { isTashkeel, TATWEEL } from '../../text/chars'
import { stripClitics } from '../clitics'
import { isGivenName } from '../given-names'
import { isStopWord } from '../stop-words'
import { NAME_PARTICLES, TITLE_WORDS } from '../titles'
import type { Word } from '../words'
import { isPersonTitle } from './context-cues'
import { isNationality, LETTER_NAMES, MONTHS, NOT_NAMES } from './cue-words'
import { GAZETTEER } from './gazetteer'
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
  /** A one-word place of the gazetteer ("واشنطن"): part of a longer name beside it. */
  place: boolean
  /** A job title or honorific that ends a name before it ("، الرئيس التنفيذي", "كبير"). */
  title: boolean
  /** A month or weekday name. */
  month: boolean
  /** A nationality or place adjective that says whose something is ("السويدي", "الأوروبية"). */
  nationality: boolean
  /** A word of the language behind a proclitic ("لمشروع", "بشأن"): a name does not begin with one. */
  prefixed: boolean
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
  const stems = [key, ...stripClitics(key, 2)]
  const stop = stems.some(isStopWord)
  // A letter behind a proclitic ("لبي") only when the whole is no word ("ولاية" is not و + ل + "إيه").
  const letterStem = LETTER_NAMES.has(key)
    ? key
    : stop || knowsAnySpelling(ctx.lexicon, w.bare)
      ? undefined
      : stems.find((s) => LETTER_NAMES.has(s))
  // "لبي بي سي": a letter name behind a proclitic is read without it.
  const { clitic, restore } = letterStem ? { clitic: key.length - letterStem.length, restore: '' } : attestedClitic(key, ctx.attested)
  const stem = restore + key.slice(clitic)
  const letter = letterStem !== undefined
  const notName = stems.some((s) => NOT_NAMES.has(s))
  const nationality = isNationality(stem)
  // "وتركي": a given name behind the conjunction of a list.
  const given = !stop && (isGivenName(stem) || (key.startsWith('و') && isGivenName(key.slice(1))))
  const unknown =
    !stop &&
    !notName &&
    !nationality &&
    !letter &&
    w.bare.length >= MIN_UNKNOWN_LETTERS &&
    !knowsAnySpelling(ctx.lexicon, w.bare) &&
    !knowsWithoutSuffix(ctx.lexicon, w.bare) &&
    // A dictionary word behind a proclitic chain the dictionary lacks ("وبالشركات").
    !knownBehindClitic(ctx.lexicon, key, w.bare)
  return {
    unknown,
    letter,
    given,
    particle: NAME_PARTICLES.has(key),
    stop,
    place: !stop && GAZETTEER.get(stem)?.type === 'place',
    // "ومديرة": a title behind the conjunction of a list, as for given names above.
    title: isTitleKey(key) || (key.startsWith('و') && isTitleKey(key.slice(1))),
    month: MONTHS.has(key),
    nationality,
    prefixed: !unknown && !given && !GAZETTEER.has(key) && /^[وفبلك]/.test(key) && knownBehindClitic(ctx.lexicon, key, w.bare),
    clitic,
    restore,
    stem,
  }
}

const isTitleKey = (key: string): boolean => TITLE_WORDS.has(key) || isPersonTitle(key)

/**
 * A dictionary word behind a proclitic chain the word list does not carry ("وبالشركات", "الأم").
 * The rest is looked up as written, without adding a hamza: "واتساب" is not و + "أتساب". Rests
 * under four letters count only after the article ("الأم").
 */
function knownBehindClitic(lexicon: Lexicon, key: string, bare: string): boolean {
  return stripClitics(key, 2).some((stem) => {
    const chain = key.slice(0, key.length - stem.length)
    // Three letters behind و are as often a W sound ("وانغ", "ويل") as a word behind the conjunction.
    if (stem.length < MIN_ATTESTED_STEM && !chain.endsWith('ال')) return false
    const rest = bare.slice(bare.length - stem.length)
    return lexicon.knows(rest) || (rest.endsWith('ه') && lexicon.knows(`${rest.slice(0, -1)}ة`))
  })
}

/** Attached pronouns the word list does not always carry: "يحتاجه", "منتجاتها", "أعطاني". */
const PRONOUN_SUFFIX = /(?:ه|ها|هم|هما|هن|كم|كما|نا|ني|ك)$/

function knowsWithoutSuffix(lexicon: Lexicon, bare: string): boolean {
  const suffix = PRONOUN_SUFFIX.exec(bare)
  if (!suffix) return false
  const rest = bare.slice(0, suffix.index)
  return rest.length >= MIN_UNKNOWN_LETTERS && (knowsAnySpelling(lexicon, rest) || knowsAnySpelling(lexicon, `${rest}ة`))
}

/** A proclitic is left out only when at least this much of the word stands alone elsewhere (the matcher's own rule). */
const MIN_ATTESTED_STEM = 4

/**
 * How many letters of proclitic a word carries, counted only when the rest stands alone elsewhere in
 * the texts: "لفيسبوك" is ل + فيسبوك once "فيسبوك" is seen, while "بريطانيا", "لندن" and "وانغ" keep
 * their first letter. لل reads as ل + ال ("للتلغراف" → "التلغراف").
 */
function attestedClitic(key: string, attested: ReadonlySet<string>): { clitic: number; restore: string } {
  for (const stem of stripClitics(key, MIN_ATTESTED_STEM)) {
    const clitic = key.length - stem.length
    // The article belongs to the name ("الناتي", "المركز الوطني"); only لل gives it back below.
    if (key.slice(clitic - 2, clitic) === 'ال') continue
    if (attested.has(stem)) return { clitic, restore: '' }
    if (key.slice(clitic - 2, clitic) === 'لل' && attested.has(`ا${key.slice(clitic - 1)}`)) return { clitic: clitic - 1, restore: 'ا' }
  }
  return { clitic: 0, restore: '' }
}

/** Raw offset after `letters` Arabic letters from `start`, stepping over tashkeel and tatweel. */
export function afterLetters(text: string, start: number, letters: number): number {
  let i = start
  for (let n = 0; n < letters && i < text.length;) {
    const c = text.charCodeAt(i++)
    if (!isTashkeel(c) && c !== TATWEEL) n++
  }
  while (i < text.length && (isTashkeel(text.charCodeAt(i)) || text.charCodeAt(i) === TATWEEL)) i++
  return i
}
