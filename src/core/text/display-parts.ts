/**
 * Where a long paragraph is cut for DISPLAY only. Chromium lays out one paragraph as one inline
 * formatting context, and that work grows faster than its length: a 1 MiB paragraph of Arabic
 * words took over 100 s to paint as static HTML, a 256 KiB one 1.7 s, while the same text cut into
 * 2,000-character blocks painted in 1.2 s (0.2 s with offscreen parts skipped). So the reader draws
 * a long paragraph as consecutive parts; the text and its offsets do not change.
 */
export const PART_LENGTH = 2000

const SENTENCE_END = /[.!?؟؛…。]["»”')\]]*\s+/gu
const SPACE = /\s+/gu

/** Offsets where a character combines with the one before (Arabic marks, a low surrogate): never cut there. */
const joinsPrevious = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at)
  return (c >= 0xdc00 && c <= 0xdfff) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x0300 && c <= 0x036f) || c === 0x200d
}

/** The last end of a `pattern` match in text[from, to), or null. */
function lastMatchEnd(text: string, from: number, to: number, pattern: RegExp): number | null {
  let found: number | null = null
  for (const m of text.slice(from, to).matchAll(pattern)) found = from + m.index + m[0].length
  return found !== null && found < to ? found : null
}

/**
 * The cut points inside text[start, end): parts of about `length` characters, each ending after a
 * sentence when one ends in the second half of the window, else after a space, else anywhere that
 * does not split a character. Short text: no cut. (A mention or highlight across a cut is drawn in
 * both parts: the wrappers are built per part from the same offsets.)
 */
export function displayCuts(text: string, start: number, end: number, length = PART_LENGTH): number[] {
  const cuts: number[] = []
  let from = start
  while (end - from > length * 1.5) {
    const to = from + length
    let cut = lastMatchEnd(text, from + length / 2, to, SENTENCE_END) ?? lastMatchEnd(text, from + length / 2, to, SPACE) ?? to
    while (cut < end && joinsPrevious(text, cut)) cut++
    if (cut >= end) break
    cuts.push(cut)
    from = cut
  }
  return cuts
}
