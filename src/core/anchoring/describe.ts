import { QUOTE_CONTEXT_CHARS, type TextPositionSelector, type TextQuoteSelector } from './selectors'

export interface Selectors {
  quote: TextQuoteSelector
  position: TextPositionSelector
}

/** Describes text[start, end) by its quote with 32 characters of context, and by its offsets. */
export function describe(text: string, start: number, end: number): Selectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new RangeError(`cannot describe [${start}, ${end}) in a text of ${text.length} characters`)
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_CHARS), start),
      suffix: text.slice(end, end + QUOTE_CONTEXT_CHARS),
    },
    position: { type: 'TextPositionSelector', start, end },
  }
}
