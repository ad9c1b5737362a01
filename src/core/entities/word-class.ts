import { isArabicLetter, isLatinLetter } from '../text/chars'

/**
 * Word classes of normalised text. A token is a maximal run of one class, so a Latin name glued to
 * Arabic letters ("وAnthropic", "بـMeta" once tatweel is gone) is a token of its own, and a name
 * never matches inside a longer word of its own script ("Meta" in "Metaverse", "ميتا" in "ميتاڤيرس").
 * Digits go with Latin letters ("Llama4", "GPT4o") but not with Arabic ones ("ب14.3").
 */
export const NONE = 0
export const ARABIC = 1
export const LATIN = 2
export type WordClass = typeof NONE | typeof ARABIC | typeof LATIN

// One byte per BMP code unit, built once: the scanner asks for every character of 10,000 articles.
const TABLE = new Uint8Array(0x10000)
for (let c = 0; c < TABLE.length; c++) {
  if (isArabicLetter(c)) TABLE[c] = ARABIC
  else if (isLatinLetter(c) || (c >= 0x30 && c <= 0x39)) TABLE[c] = LATIN
}

/** The class of one UTF-16 code unit (surrogates and everything else are NONE: separators). */
export const wordClass = (code: number): WordClass => (TABLE[code] ?? NONE) as WordClass

/** The class of `text[i]`, NONE outside the string. */
export const classAt = (text: string, i: number): WordClass => (i >= 0 && i < text.length ? wordClass(text.charCodeAt(i)) : NONE)
