import { isInvisibleControl, isTashkeel, TATWEEL } from '../text/chars'

/**
 * The text as it reads, for finding duplicates: a copy that differs only in what no reader sees
 * is the same article. Dropped: format characters (bidi marks, embeddings, overrides and
 * isolates, ZWSP/ZWNJ/ZWJ, ZWNBSP, word joiner, soft hyphen), tatweel (it only stretches a
 * letter) and tashkeel — copies of one story on different sites differ in optional vowel marks
 * (أيضاً / أيضا) while the report is word for word the same, and search and entity matching
 * already read them as one word. Line ends are made `\n` (CR LF, lone CR, and the Unicode line
 * and paragraph separators). Letters, digits, spaces and punctuation are compared as they are.
 */
export function sameTextKey(text: string): string {
  let out = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const lineEnd = c === 0x0d || c === 0x2028 || c === 0x2029
    if (!lineEnd && !isInvisibleControl(c) && !isTashkeel(c) && c !== TATWEEL) continue
    out += text.slice(from, i)
    from = i + 1
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue // CR LF: the LF stays
    if (lineEnd) out += '\n'
  }
  return from === 0 ? text : out + text.slice(from)
}
