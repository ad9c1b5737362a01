import { isArabicLetter, isDigit, isLatinLetter } from './chars'

const isWordChar = (c: number): boolean => isArabicLetter(c) || isLatinLetter(c) || isDigit(c)

/** Counts words: maximal runs of letters or digits (tashkeel and tatweel do not split a word). */
export function countWords(text: string, start = 0, end = text.length): number {
  let words = 0
  let inWord = false
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    const marks = (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640
    if (isWordChar(c) || (inWord && marks)) {
      if (!inWord) words++
      inWord = true
    } else {
      inWord = false
    }
  }
  return words
}

/**
 * Silent reading speed for Arabic prose. Studies of adult readers put it at 140–180 words a minute
 * (slower than English, as short vowels are unwritten); 160 is the middle.
 */
export const ARABIC_WORDS_PER_MINUTE = 160

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / ARABIC_WORDS_PER_MINUTE))
}
