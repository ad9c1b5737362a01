/** Byte budgets for names: file systems count a name in bytes of UTF-8, not in characters. */

/** What ext4, APFS and NTFS allow for one file name. */
export const MAX_FILE_NAME_BYTES = 255

export const utf8Length = (s: string): number => {
  let bytes = 0
  for (const ch of s) {
    const c = ch.codePointAt(0) as number
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
  }
  return bytes
}

/** The longest prefix of `s` within `maxBytes` of UTF-8, cut between graphemes (never inside a letter and its tashkeel). */
export function cutToUtf8Bytes(s: string, maxBytes: number): string {
  if (utf8Length(s) <= maxBytes) return s
  let out = ''
  let used = 0
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)) {
    const size = utf8Length(segment)
    if (used + size > maxBytes) break
    out += segment
    used += size
  }
  return out
}
