import type { CompiledName } from './compile-names'
import { foldApostrophe, isSpaceLike } from './name-form'
import { NONE, wordClass } from './word-class'

/** A gap longer than this is not one name any more ("OpenAI  ،  “ ...). */
const MAX_GAP = 6

/**
 * Matches `name` in the normalised text `s` at `pos`, never reading at or past `limit` (the end of
 * the readable segment). `skipFirst` letters of the name's first token are not in the text: 1 for
 * the alef of ال that لل drops ("للجزيرة" = ل + الجزيرة). Returns the end offset, or -1.
 * Every token must end where the text's token ends, so a name never matches inside a longer word.
 */
export function matchNameAt(s: string, pos: number, name: CompiledName, skipFirst: number, limit: number): number {
  const { tokens, gaps } = name
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as string
    const from = t === 0 ? skipFirst : 0
    const length = token.length - from
    if (pos + length > limit) return -1
    for (let k = 0; k < length; k++) if (s.charCodeAt(pos + k) !== token.charCodeAt(from + k)) return -1
    pos += length
    const cls = wordClass(token.charCodeAt(token.length - 1))
    if (pos < limit && wordClass(s.charCodeAt(pos)) === cls) return -1
    if (t + 1 < tokens.length) {
      const next = tokens[t + 1] as string
      pos = matchGap(s, pos, gaps[t] as string, limit, cls !== wordClass(next.charCodeAt(0)))
      if (pos < 0) return -1
    }
  }
  return pos
}

/**
 * Between two tokens the text may hold spaces and quotes where the name has a space, plus exactly
 * the punctuation the name has ("I - JEPA" for "I-JEPA"). Line breaks end a name. Tokens of two
 * scripts may touch ("مختبرTBD"); tokens of one script need a separator.
 */
function matchGap(s: string, pos: number, gap: string, limit: number, scriptChange: boolean): number {
  let matched = 0
  let consumed = 0
  while (pos < limit && consumed <= MAX_GAP) {
    const code = s.charCodeAt(pos)
    if (wordClass(code) !== NONE) break
    if (!isSpaceLike(code)) {
      if (matched >= gap.length || foldApostrophe(code) !== gap.charCodeAt(matched)) return -1
      matched++
    }
    pos++
    consumed++
  }
  if (matched !== gap.length || consumed > MAX_GAP) return -1
  if (consumed === 0 && !scriptChange) return -1
  return pos < limit ? pos : -1
}
