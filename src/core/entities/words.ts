import { isArabicLetter, isDigit, isLatinLetter, isSpace, isTashkeel, TATWEEL } from '../text/chars'
import { normalizeKey } from '../text/normalize'

/** A word or punctuation mark of the raw text, for the suggestion heuristics (which read raw text). */
export interface Word {
  start: number
  end: number
  kind: 'ar' | 'lat' | 'num' | 'punct' | 'break'
  /** Arabic words: the normalised form ("رئيس" → "رييس"); others: the raw text. */
  key: string
  /** Arabic words: the raw letters without tashkeel or tatweel, unfolded ("ألتمان" keeps its hamza). */
  bare: string
}

const isArabicPart = (c: number): boolean => isArabicLetter(c) || isTashkeel(c) || c === TATWEEL

/** Splits raw text into Arabic words, Latin words, numbers, single punctuation marks and line breaks. */
export function lexWords(text: string, start = 0, end = text.length): Word[] {
  const words: Word[] = []
  let i = start
  while (i < end) {
    const c = text.charCodeAt(i)
    if (c === 0x0a) {
      words.push({ start: i, end: i + 1, kind: 'break', key: '\n', bare: '\n' })
      i++
    } else if (isSpace(c) || (c >= 0x200b && c <= 0x200f) || c === 0xfeff) {
      i++
    } else if (isArabicLetter(c)) {
      let j = i + 1
      while (j < end && isArabicPart(text.charCodeAt(j))) j++
      const raw = text.slice(i, j)
      words.push({ start: i, end: j, kind: 'ar', key: normalizeKey(raw), bare: raw.replace(/[\u064b-\u065f\u0670\u0640]/g, '') })
      i = j
    } else if (isLatinLetter(c) || isDigit(c)) {
      const latin = isLatinLetter(c)
      let j = i + 1
      while (j < end && (isLatinLetter(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j++
      const raw = text.slice(i, j)
      words.push({ start: i, end: j, kind: latin ? 'lat' : 'num', key: raw, bare: raw })
      i = j
    } else {
      words.push({ start: i, end: i + 1, kind: 'punct', key: text[i] as string, bare: text[i] as string })
      i++
    }
  }
  return words
}

/** "البارز", "للذكاء", "والمنتجات": a definite word, read on raw letters so "ألتمان" (hamza) is not one. */
export const isDefinite = (w: Word): boolean => w.kind === 'ar' && /^(?:[وف]?[بك]?ال|[وف]?لل)/.test(w.bare)
