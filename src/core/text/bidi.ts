import { isLatinLetter } from './chars'

/** A piece of display text: `isolate` runs are Latin (left-to-right) or bidi controls, and must be bidi-isolated. */
export interface BidiRun {
  start: number
  end: number
  isolate: boolean
}

// A Latin "word" may carry inner apostrophes, dots, hyphens and ampersands (Meta’s, I-JEPA, A.I),
// never trailing ones: a sentence-final period belongs to the Arabic sentence, not the name.
const WORD = String.raw`[A-Za-z\u00C0-\u024F0-9]+(?:['’.\-&][A-Za-z\u00C0-\u024F0-9]+)*`
// A run starts with a Latin letter and continues over further Latin or numeric words on the same
// line ("Meta Superintelligence Labs", "Llama 4").
const LATIN_RUN = String.raw`(?<![A-Za-z\u00C0-\u024F0-9])(?=[A-Za-z\u00C0-\u024F])` + WORD + String.raw`(?:[ \u00A0]+` + WORD + ')*'
// Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI) in an article are
// isolated one by one: an RLO then reaches no character but itself, so imported text cannot
// reorder what the reader shows ("Trojan Source": 1234 displayed as 4321). The text keeps them.
const BIDI_EMBEDDING = String.raw`[\u202A-\u202E\u2066-\u2069]+`
const ISOLATED = new RegExp(`${LATIN_RUN}|${BIDI_EMBEDDING}`, 'gu')

/** Splits `text[start, end)` into alternating plain and isolated runs (Latin, bidi controls) covering it exactly. */
export function splitBidiRuns(text: string, start = 0, end = text.length): BidiRun[] {
  const runs: BidiRun[] = []
  const slice = text.slice(start, end)
  let cursor = 0
  for (const m of slice.matchAll(ISOLATED)) {
    const at = m.index
    if (at > cursor) runs.push({ start: start + cursor, end: start + at, isolate: false })
    runs.push({ start: start + at, end: start + at + m[0].length, isolate: true })
    cursor = at + m[0].length
  }
  if (cursor < slice.length) runs.push({ start: start + cursor, end, isolate: false })
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
