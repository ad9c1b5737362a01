import { isLatinLetter } from './chars'
import { latinRuns } from './latin-runs'

/** A piece of display text: `isolate` runs are Latin (left-to-right) or bidi controls, and must be bidi-isolated. */
export interface BidiRun {
  start: number
  end: number
  isolate: boolean
}

// Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI) in an article are
// isolated one by one: an RLO then reaches no character but itself, so imported text cannot
// reorder what the reader shows ("Trojan Source": 1234 displayed as 4321). The text keeps them.
// A Latin run never holds one (latin-runs.ts ends a run at them).
const BIDI_EMBEDDING = /[\u202A-\u202E\u2066-\u2069]+/g

/** The pieces of text[start, end) to isolate: its Latin runs and its bidi controls, in order. */
function isolatedSpans(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const controls = [...text.slice(start, end).matchAll(BIDI_EMBEDDING)].map((m) => ({ start: start + m.index, end: start + m.index + m[0].length }))
  return [...latinRuns(text, start, end), ...controls].sort((a, b) => a.start - b.start)
}

/** Splits `text[start, end)` into alternating plain and isolated runs (Latin, bidi controls) covering it exactly. */
export function splitBidiRuns(text: string, start = 0, end = text.length): BidiRun[] {
  const runs: BidiRun[] = []
  let cursor = start
  for (const span of isolatedSpans(text, start, end)) {
    if (span.start > cursor) runs.push({ start: cursor, end: span.start, isolate: false })
    runs.push({ ...span, isolate: true })
    cursor = span.end
  }
  if (cursor < end) runs.push({ start: cursor, end, isolate: false })
  return runs
}

/** The dominant script of a short string, for choosing `dir` on titles and labels. */
export function dominantDirection(s: string): 'rtl' | 'ltr' {
  let rtl = 0
  let ltr = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x0590 && c <= 0x08ff) rtl++
    else if (isLatinLetter(c)) ltr++
  }
  return ltr > rtl ? 'ltr' : 'rtl'
}
