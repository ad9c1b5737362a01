import { suggestLatinRuns } from './latin-suggestions'
import { overlapsAny, type Span } from './readable-segments'
import { suggestAfterTitles } from './title-suggestions'
import type { Mention, Suggestion } from './types'
import { lexWords } from './words'

export interface SuggestOptions {
  /** Raw ranges to leave out (chrome blocks). */
  skip?: readonly Span[]
}

/**
 * Spans that look like entities the registry does not know yet, for the user to confirm: Latin
 * proper-noun runs and Arabic person names after a title. Nothing overlapping a known mention or a
 * skipped range is offered, and suggestions never overlap each other. The heuristics favour
 * precision: a missed suggestion costs a selection, a wrong one costs trust in the list.
 */
export function suggestEntities(text: string, known: readonly Mention[], options: SuggestOptions = {}): Suggestion[] {
  const skip = options.skip ?? []
  const candidates = [...suggestAfterTitles(text, lexWords(text), known), ...suggestLatinRuns(text, known)]
    .filter((s) => s.end > s.start && !overlapsAny(s.start, s.end, skip))
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Suggestion[] = []
  for (const s of candidates) {
    const previous = out[out.length - 1]
    if (!previous || s.start >= previous.end) out.push(s)
  }
  return out
}
