/**
 * Where UTF-8 breaks, and whether the file is UTF-8 at all. A file that is mostly well-formed
 * multi-byte UTF-8 with a few bad bytes is damaged UTF-8 (cut off, or bytes spliced in) and is
 * reported with the byte where it breaks; a file whose high bytes rarely form UTF-8 sequences was
 * written in a single-byte code page and goes to the legacy detection.
 */
export interface Utf8Survey {
  /** Well-formed multi-byte sequences. */
  sequences: number
  /** Bytes that are not part of a well-formed sequence. */
  invalid: number
  /** Offset of the first invalid byte, or -1. */
  firstInvalid: number
  /** The only invalid bytes are an incomplete sequence at the very end. */
  truncatedAtEnd: boolean
}

const continuation = (b: number | undefined): boolean => b !== undefined && b >= 0x80 && b <= 0xbf

/** Length of the well-formed sequence at `i` (1 for ASCII), 0 when the bytes there are not one. */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number
  if (b < 0x80) return 1
  const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1
  if (need < 0) return 0
  for (let k = 1; k <= need; k++) if (!continuation(bytes[i + k])) return 0
  return need + 1
}

export function surveyUtf8(bytes: Uint8Array): Utf8Survey {
  let sequences = 0
  let invalid = 0
  let firstInvalid = -1
  let lastInvalid = -1
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceAt(bytes, i)
    if (n === 0) {
      invalid++
      if (firstInvalid < 0) firstInvalid = i
      lastInvalid = i
      i++
      continue
    }
    if (n > 1) sequences++
    i += n
  }
  // An incomplete sequence at the end: one lead byte plus fewer continuations than it announces.
  let truncatedAtEnd = false
  if (invalid > 0) {
    let lead = bytes.length - 1
    while (lead > 0 && continuation(bytes[lead]) && bytes.length - lead < 4) lead--
    truncatedAtEnd = firstInvalid >= lead && lastInvalid >= lead && (bytes[lead] as number) >= 0xc2
  }
  return { sequences, invalid, firstInvalid, truncatedAtEnd }
}

/** Damaged UTF-8 rather than another encoding: well-formed sequences outnumber bad bytes ten to one. */
export const isDamagedUtf8 = (s: Utf8Survey): boolean => s.invalid > 0 && s.sequences >= 10 && s.invalid * 10 <= s.sequences
