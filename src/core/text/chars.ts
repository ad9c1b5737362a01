/** Character classes used by normalisation, tokenising and bidi isolation. */

/** Tashkeel (harakat, tanween, shadda, sukun, …) and the dagger alef. */
export const isTashkeel = (c: number): boolean => (c >= 0x064b && c <= 0x065f) || c === 0x0670

export const TATWEEL = 0x0640

/** Zero-width characters, bidi embeddings/overrides/isolates, marks, BOM and soft hyphen. */
export const isInvisibleControl = (c: number): boolean =>
  (c >= 0x200b && c <= 0x200f) || // ZWSP, ZWNJ, ZWJ, LRM, RLM
  (c >= 0x202a && c <= 0x202e) || // LRE RLE PDF LRO RLO
  (c >= 0x2066 && c <= 0x2069) || // LRI RLI FSI PDI
  c === 0x061c || // ARABIC LETTER MARK
  c === 0xfeff || // ZWNBSP / BOM
  c === 0x00ad || // soft hyphen
  c === 0x2060 || // word joiner
  c === 0x0d // carriage return: CRLF and LF texts match alike

/** Bidi controls only (the subset that can reorder display: Trojan-Source characters). */
export const isBidiControl = (c: number): boolean =>
  (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x200e || c === 0x200f || c === 0x061c

export const isArabicLetter = (c: number): boolean =>
  (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06fa && c <= 0x06ff) ||
  (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)

export const isLatinLetter = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)

export const isDigit = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)

/** Whitespace including the no-break space that web pages leave on "empty" lines. */
export const isSpace = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x202f || c === 0x2007 || c === 0x3000 ||
  (c >= 0x2000 && c <= 0x200a)

/** True when the string holds only whitespace and invisible controls. */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (!isSpace(c) && !isInvisibleControl(c)) return false
  }
  return true
}
