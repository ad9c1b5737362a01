import { QUOTE_CONTEXT_CHARS } from './selectors'
import { commonPrefixLength, commonSuffixLength, similarity } from './similarity'

/** Stands for "the text starts (or ends) here" in context strings, so edges can be compared too. */
const EDGE = '\u0000'

/** A quote with its context, in one text space (raw or normalised), edges marked. */
export interface QuoteContext {
  exact: string
  /** The stored prefix, preceded by EDGE when the highlight began within 32 characters of the text start. */
  before: string
  /** The stored suffix, followed by EDGE when it ended within 32 characters of the text end. */
  after: string
}

/**
 * Builds the comparable context of a stored quote. Whether an edge was reached is read from the
 * raw selector (a prefix shorter than 32 characters): normalisation may shorten a full prefix.
 */
export function quoteContext(raw: { prefix: string; suffix: string }, exact: string, prefix: string, suffix: string): QuoteContext {
  return {
    exact,
    before: (raw.prefix.length < QUOTE_CONTEXT_CHARS ? EDGE : '') + prefix,
    after: suffix + (raw.suffix.length < QUOTE_CONTEXT_CHARS ? EDGE : ''),
  }
}

/** The context around text[start, end), as long as the stored one, with edges marked. */
export function contextAround(text: string, start: number, end: number, quote: QuoteContext): { before: string; after: string } {
  const from = start - quote.before.length
  const to = end + quote.after.length
  return {
    before: (from < 0 ? EDGE : '') + text.slice(Math.max(0, from), start),
    after: text.slice(end, to) + (to > text.length ? EDGE : ''),
  }
}

export interface Fit {
  prefix: number
  suffix: number
}

/** Exact fit: the share of the stored context that still touches the candidate, char for char. */
export function exactFit(text: string, start: number, end: number, quote: QuoteContext): Fit {
  const around = contextAround(text, start, end, quote)
  return {
    prefix: quote.before.length ? commonSuffixLength(around.before, quote.before) / quote.before.length : 1,
    suffix: quote.after.length ? commonPrefixLength(around.after, quote.after) / quote.after.length : 1,
  }
}

/** Fuzzy fit: edit-distance similarity of the stored context and the candidate's. */
export function fuzzyFit(text: string, start: number, end: number, quote: QuoteContext): Fit {
  const around = contextAround(text, start, end, quote)
  return { prefix: similarity(quote.before, around.before), suffix: similarity(quote.after, around.after) }
}
