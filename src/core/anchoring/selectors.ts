/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors), as Daftar
 * stores them: a quote with context, and UTF-16 offsets into the article's canonical text.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

export type Selector = TextQuoteSelector | TextPositionSelector

/** Context kept on each side of a quote: enough to tell repeated phrases apart. */
export const QUOTE_CONTEXT_CHARS = 32
