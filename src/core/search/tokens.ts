import { cliticMask, MAX_CLITIC_LENGTH, startsClitic } from '../entities/clitics'
import { isArabicLetter, isDigit, isLatinLetter } from '../text/chars'
import { normalizeForMatching, normalizeKey, toRawRange, type NormalizedText } from '../text/normalize'
import { normOffset } from '../text/offsets'

/**
 * Search terms. Text is normalised for matching first (DESIGN.md "Arabic text": tashkeel, tatweel,
 * alef forms, ى, ة, hamza carriers, digits, case, invisible controls), then cut into words of
 * letters and digits. An Arabic word that opens with a proclitic chain (و ف ب ل ك ال and their
 * chains) is indexed twice: as written and as its stem, so "ميتا" finds "لميتا" and "والذكاء"
 * is found by "الذكاء" and "ذكاء".
 */

/**
 * The version of the terms `indexTerms` makes (with the normalisation under it). A saved index
 * made by another version is rebuilt: bump this whenever a change here or in normalize.ts would
 * index some text differently.
 */
export const INDEX_TERMS_VERSION = 1

/** A stem shorter than this is not indexed: "وله" must not become a hit for every "له". */
export const MIN_STEM = 3

const isWordChar = (c: number): boolean => isArabicLetter(c) || isLatinLetter(c) || isDigit(c)

/** One word of a normalised text, in normalised offsets. */
export interface NormWord {
  start: number
  end: number
  arabic: boolean
}

/** The words of an already-normalised text. */
export function wordsOf(norm: string): NormWord[] {
  const words: NormWord[] = []
  let i = 0
  while (i < norm.length) {
    if (!isWordChar(norm.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    let arabic = false
    while (i < norm.length && isWordChar(norm.charCodeAt(i))) {
      if (isArabicLetter(norm.charCodeAt(i))) arabic = true
      i++
    }
    words.push({ start, end: i, arabic })
  }
  return words
}

/** Lengths of the clitic chains that can be cut from `norm[start, end)`, shortest first. */
export function cliticCuts(norm: string, start: number, end: number): number[] {
  if (!startsClitic(norm.charCodeAt(start))) return []
  const mask = cliticMask(norm, start, end, MIN_STEM)
  const cuts: number[] = []
  for (let k = 1; k <= MAX_CLITIC_LENGTH; k++) if (mask & (1 << k)) cuts.push(k)
  return cuts
}

/**
 * The spelling skeleton of a transliterated name: long vowels (ا و ي) dropped after the first
 * letter, and the letters Arabic writers pick between for a foreign "g" (ج غ ق) made one. So
 * "زوكربيرغ", "زوكربيرج" and "زوكربرغ" share "زكربرغ", and "غوغل", "جوجل" and "قوقل" share "غغل".
 * Only for words of four letters or more: shorter ones would collapse into each other. The index
 * keeps a map from skeletons to the words seen (see Lexicon), so a query word reaches its spelling
 * variants without a second term per word in the index (measured: that doubled the index, 5 → 14 s
 * for 10,000 articles).
 */
const SKELETON_FROM = 4
const G_LETTERS = /[جق]/g
const LONG_VOWELS = /[اوي]/g

export function skeletonOf(word: string): string | null {
  if (word.length < SKELETON_FROM || !isArabicLetter(word.charCodeAt(0))) return null
  const first = word[0] as string
  const skeleton = (first + word.slice(1).replace(LONG_VOWELS, '')).replace(G_LETTERS, 'غ')
  return skeleton.length < 3 ? null : skeleton
}

const LAM = 0x0644

/**
 * The stem left by cutting `k` letters of proclitics. A preposition ل before the article drops the
 * article's alef (ل + الذكاء is written للذكاء): cutting just the ل leaves "لذكاء", which is no word,
 * so the stem is spelled with its article again, "الذكاء" — what a reader searching would type.
 */
export function stemAfter(norm: string, start: number, end: number, k: number): string {
  const rest = norm.slice(start + k, end)
  return norm.charCodeAt(start + k - 1) === LAM && norm.charCodeAt(start + k) === LAM ? `ا${rest}` : rest
}

/** Every term a text is indexed under: each word, and the stems of each word that carries proclitics. */
export function indexTerms(raw: string): string[] {
  const norm = normalizeKey(raw)
  const terms: string[] = []
  for (const w of wordsOf(norm)) {
    terms.push(norm.slice(w.start, w.end))
    if (w.arabic) for (const k of cliticCuts(norm, w.start, w.end)) terms.push(stemAfter(norm, w.start, w.end, k))
  }
  return terms
}

/** A term found in raw text, with the raw range it covers (the stem only, when it is a stem). */
export interface Occurrence {
  term: string
  start: number
  end: number
}

/**
 * Where each of `wanted` occurs in `raw`, as raw ranges mapped back through the normalisation's
 * offset map: never re-found by string search, so tashkeel, tatweel and invisible characters inside
 * a word stay inside its mark. A stem match covers the word without its proclitics ("لميتا"
 * marks "ميتا"), the article included ("بالذكاء" marks "الذكاء").
 */
export function findOccurrences(raw: string, wanted: ReadonlySet<string>, norm: NormalizedText = normalizeForMatching(raw)): Occurrence[] {
  const found: Occurrence[] = []
  const text = norm.text
  const push = (term: string, s: number, e: number): void => {
    const range = toRawRange(norm, normOffset(s), normOffset(e))
    found.push({ term, start: range.start, end: range.end })
  }
  for (const w of wordsOf(text)) {
    const whole = text.slice(w.start, w.end)
    if (wanted.has(whole)) {
      push(whole, w.start, w.end)
      continue
    }
    if (!w.arabic) continue
    // Shortest cut first: the longest stem that matched is marked. The article stays in the mark
    // (it belongs to the noun: "الذكاء" of "بالذكاء", "لذكاء" of "للذكاء"); prepositions and
    // conjunctions do not ("ميتا" of "لميتا").
    for (const k of cliticCuts(text, w.start, w.end)) {
      const stem = stemAfter(text, w.start, w.end, k)
      if (!wanted.has(stem)) continue
      const chain = text.slice(w.start, w.start + k)
      const markFrom = chain.endsWith('ال') ? k - 2 : chain.endsWith('لل') ? k - 1 : k
      push(stem, w.start + markFrom, w.end)
      break
    }
  }
  return found
}
