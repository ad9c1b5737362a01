import { isBidiControl } from '../text/chars'

/**
 * Named references a scraped headline actually carries. A name not listed here is left as typed:
 * guessing at the other two thousand HTML names would decode words that merely look like them.
 */
const NAMED: Readonly<Record<string, string>> = {
  quot: '"', amp: '&', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', middot: '\u00b7', bull: '\u2022',
  laquo: '\u00ab', raquo: '\u00bb', lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', times: '\u00d7', divide: '\u00f7', shy: '\u00ad',
  zwnj: '\u200c', zwj: '\u200d',
}

/** `&name;`, `&#8212;`, `&#x645;`: the terminating semicolon is required (well-formed only). */
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g

/**
 * A code point a reference may stand for in a title: not NUL or another control (a title is one
 * line), not a surrogate or noncharacter, and not a bidi control (an encoded RLO must not start
 * reordering the interface where the raw text would have shown harmless letters).
 */
function allowed(cp: number): boolean {
  if (cp > 0x10ffff || cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return false
  if (cp >= 0xd800 && cp <= 0xdfff) return false
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return false
  return !isBidiControl(cp)
}

/**
 * Decodes the well-formed HTML character references in a plain-text string (a text file's title
 * that a scraper left as `&quot;دليل رمضان&quot;`). One pass, so `&amp;quot;` becomes `&quot;`,
 * never `"`; anything malformed, unknown or not allowed stays exactly as written. The result is
 * text: a decoded `&lt;b&gt;` is the characters "<b>", shown and exported as characters.
 */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(REFERENCE, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name] ?? whole
    const cp = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex as string, 16)
    return allowed(cp) ? String.fromCodePoint(cp) : whole
  })
}
