import search from 'approx-string-match'
import { normalizeKey, toRawRange } from '../text/normalize'
import { normOffset } from '../text/offsets'
import { choose, type Candidate, type Choice } from './choose'
import { exactFit, fuzzyFit, quoteContext, type Fit, type QuoteContext } from './context'
import type { Selectors } from './describe'
import { PreparedText } from './prepared-text'

export type AnchorMethod = 'position' | 'quote' | 'normalized-quote' | 'fuzzy'

export type Anchor =
  | { status: 'anchored'; start: number; end: number; method: AnchorMethod }
  | { status: 'orphan'; reason: 'not-found' | 'ambiguous' | 'weak-match' }

/**
 * Fuzzy error budget: a quarter of the normalised quote, at most 64 edits. Normalisation already
 * absorbs tashkeel, tatweel, alef and yaa variants, digits and invisible marks, so what remains are
 * real edits (a word changed or inserted); past a quarter of the quote it is another passage. The
 * search costs O(budget / 32 × text length): 64 keeps it to two bit-vector blocks per character.
 */
export const fuzzyBudget = (quoteLength: number): number => Math.min(64, Math.floor(quoteLength / 4))

/** Fuzzy matches must reach this weighted score (quote 50, prefix 20, suffix 20, position 2, as Hypothesis weighs them). */
export const FUZZY_THRESHOLD = 0.75

/**
 * How much context a candidate needs. Both sides mostly intact (mean ≥ 0.75) is proof enough
 * anywhere in the text. One intact side (≥ 0.5) happens for real (text inserted right before a
 * highlight) but also for look-alikes: news repeats formulas ("مارك زوكربيرغ، الرئيس التنفيذي
 * لشركة ميتا،" twice in seed 003), so a one-sided match is accepted only within ~a paragraph
 * (1,000 characters) of the stored position. Deleting the highlighted paragraph then orphans it
 * instead of moving it to the other occurrence.
 */
export const BOTH_SIDES_FIT = 0.75
export const ONE_SIDE_FIT = 0.5
export const ONE_SIDED_REACH = 1000

export function contextSupports(fit: Fit, distance: number): boolean {
  if ((fit.prefix + fit.suffix) / 2 >= BOTH_SIDES_FIT) return true
  return Math.max(fit.prefix, fit.suffix) >= ONE_SIDE_FIT && distance <= ONE_SIDED_REACH
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at)
  return found
}

const anchored = (choice: Choice | null, method: AnchorMethod): Anchor | null => {
  if (!choice) return null
  return choice.found
    ? { status: 'anchored', start: choice.candidate.start, end: choice.candidate.end, method }
    : { status: 'orphan', reason: choice.reason }
}

/**
 * Re-attaches a highlight to a text (Hypothesis' order, on Arabic-normalised text):
 * 1. the stored position, if the quote and its whole context are still there;
 * 2. the exact quote, chosen among its occurrences by context, then position;
 * 3. the same on the normalised text (tashkeel, tatweel, letter variants, CRLF changed);
 * 4. a fuzzy match on the normalised text within the error budget, scored on quote, context and position.
 * Normalised matches are mapped back to the original characters. Anything weaker or ambiguous is an orphan.
 */
export function anchor(target: string | PreparedText, selectors: Selectors): Anchor {
  const prepared = typeof target === 'string' ? new PreparedText(target) : target
  const { text } = prepared
  const { quote, position } = selectors
  const raw = quoteContext(quote, quote.exact, quote.prefix, quote.suffix)

  if (text.slice(position.start, position.end) === quote.exact) {
    const fit = exactFit(text, position.start, position.end, raw)
    if (fit.prefix === 1 && fit.suffix === 1) return { status: 'anchored', start: position.start, end: position.end, method: 'position' }
  }

  const exact = exactCandidates(text, raw, (at) => at, position.start)
  const byQuote = anchored(choose(exact), 'quote')
  if (byQuote) return byQuote

  const norm = prepared.normalized
  const normalized = quoteContext(quote, normalizeKey(quote.exact), normalizeKey(quote.prefix), normalizeKey(quote.suffix))
  if (normalized.exact.length === 0) return { status: 'orphan', reason: 'not-found' }
  const toRaw = (start: number, end: number): { start: number; end: number } => toRawRange(norm, normOffset(start), normOffset(end))

  const byNormalizedQuote = anchored(
    choose(exactCandidates(norm.text, normalized, (at) => norm.toRaw[at] as number, position.start, toRaw)),
    'normalized-quote',
  )
  if (byNormalizedQuote) return byNormalizedQuote

  const budget = fuzzyBudget(normalized.exact.length)
  const matches = budget > 0 ? search(norm.text, normalized.exact, budget) : []
  const fuzzy: Candidate[] = []
  for (const m of matches) {
    const range = toRaw(m.start, m.end)
    const distance = Math.abs(range.start - position.start)
    const fit = fuzzyFit(norm.text, m.start, m.end, normalized)
    if (!contextSupports(fit, distance)) continue
    const quoteFit = 1 - m.errors / normalized.exact.length
    const positionFit = 1 - Math.min(1, distance / Math.max(1, text.length))
    const score = (50 * quoteFit + 20 * fit.prefix + 20 * fit.suffix + 2 * positionFit) / 92
    if (score >= FUZZY_THRESHOLD) fuzzy.push({ ...range, score, distance })
  }
  return anchored(choose(fuzzy), 'fuzzy') ?? { status: 'orphan', reason: matches.length || exact.length ? 'weak-match' : 'not-found' }
}

/** Every exact occurrence of the quote whose context supports it, scored by that context. */
function exactCandidates(
  text: string,
  quote: QuoteContext,
  rawStartOf: (at: number) => number,
  expectedStart: number,
  toRaw: (start: number, end: number) => { start: number; end: number } = (start, end) => ({ start, end }),
): Candidate[] {
  const candidates: Candidate[] = []
  for (const at of occurrences(text, quote.exact)) {
    const distance = Math.abs(rawStartOf(at) - expectedStart)
    const fit = exactFit(text, at, at + quote.exact.length, quote)
    if (contextSupports(fit, distance))
      candidates.push({ ...toRaw(at, at + quote.exact.length), score: (fit.prefix + fit.suffix) / 2, distance })
  }
  return candidates
}
