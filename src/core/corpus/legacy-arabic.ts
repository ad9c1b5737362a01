/**
 * Legacy Arabic code pages. A file that is not UTF-8 (nor UTF-16) is tried as Windows-1256 and as
 * ISO-8859-6 — the two code pages Arabic text was saved in — and the reading that looks most like
 * Arabic wins. The two place many letters differently (783 of the 1,965 bytes of the same article
 * differ), and each turns the other's bytes into tell-tale junk: ISO-8859-6 bytes read as
 * Windows-1256 give accented Latin letters inside Arabic words ("زèمربرع"); Windows-1256 bytes read
 * as ISO-8859-6 give undefined bytes (U+FFFD) and C1 controls. Nothing else is guessed: a file that
 * reads as neither is reported, never shown as mojibake.
 */
export type LegacyArabic = 'windows-1256' | 'iso-8859-6'

export const LEGACY_ARABIC: readonly LegacyArabic[] = ['windows-1256', 'iso-8859-6']

const isArabicBase = (c: number): boolean => c >= 0x0621 && c <= 0x064a
/** Letters Windows-1256 carries for Persian and Urdu (پ چ ژ گ ک ھ ہ ے …): rare in Arabic news. */
const isExtendedArabic = (c: number): boolean => (c >= 0x0671 && c <= 0x06ff) || c === 0x067e
const isLatin1Letter = (c: number): boolean => c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7
const isC1Control = (c: number): boolean => c >= 0x80 && c <= 0x9f

export interface ArabicScore {
  /** Higher reads more like Arabic text. */
  score: number
  /** Arabic letters (U+0621–U+064A). */
  arabic: number
  /** Letters of any script. */
  letters: number
}

/**
 * How much `text` reads like Arabic: +1 per Arabic letter; −5 per undecodable byte or C1 control;
 * −3 per accented Latin letter (what the other code page's Arabic letters become); −2 per
 * Persian/Urdu letter; −4 per word that mixes Arabic and Latin letters.
 */
export function arabicScore(text: string): ArabicScore {
  let score = 0
  let arabic = 0
  let letters = 0
  let wordHasArabic = false
  let wordHasLatin = false
  const endWord = (): void => {
    if (wordHasArabic && wordHasLatin) score -= 4
    wordHasArabic = wordHasLatin = false
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isArabicBase(c)) {
      score++
      arabic++
      letters++
      wordHasArabic = true
    } else if (c === 0xfffd || isC1Control(c)) {
      score -= 5
    } else if (isLatin1Letter(c)) {
      score -= 3
      letters++
      wordHasLatin = true
    } else if (isExtendedArabic(c)) {
      score -= 2
      letters++
      wordHasArabic = true
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      letters++
      wordHasLatin = true
    } else if (c <= 0x40 || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7f) || c === 0x060c || c === 0x061b || c === 0x061f) {
      endWord()
    }
  }
  endWord()
  return { score, arabic, letters }
}

/** Enough Arabic to trust a guess: 20 letters at least, and most letters of the text. */
const MIN_ARABIC_LETTERS = 20
const MIN_ARABIC_SHARE = 0.5

export interface LegacyGuess {
  encoding: LegacyArabic
  text: string
}

/** The legacy Arabic code page `bytes` read best in, or null when neither reads as Arabic. */
export function guessLegacyArabic(bytes: Uint8Array): LegacyGuess | null {
  let best: (LegacyGuess & ArabicScore) | null = null
  for (const encoding of LEGACY_ARABIC) {
    const text = new TextDecoder(encoding).decode(bytes)
    const scored = arabicScore(text)
    if (!best || scored.score > best.score) best = { encoding, text, ...scored }
  }
  if (!best || best.arabic < MIN_ARABIC_LETTERS || best.arabic < best.letters * MIN_ARABIC_SHARE || best.score <= 0) return null
  return { encoding: best.encoding, text: best.text }
}
