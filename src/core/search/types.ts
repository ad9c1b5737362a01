/** The search model shared by the index (src/core/search), the backend that runs it and the UI. */

export type SearchKind = 'article' | 'highlight' | 'note' | 'entity'

export const searchKinds: readonly SearchKind[] = ['article', 'highlight', 'note', 'entity']

/** The kinds kept in the small in-memory index (articles have an index of their own). */
export type SideKind = Exclude<SearchKind, 'article'>

export const sideKinds: readonly SideKind[] = ['highlight', 'note', 'entity']

/** A span of raw text (UTF-16 offsets into the text it belongs to). */
export interface Span {
  start: number
  end: number
}

/** One thing that can be found. `text` is raw text: snippets and marks are cut from it. */
export interface SearchDoc {
  kind: SearchKind
  /** The id of the article, highlight, note or entity. */
  ref: string
  /** Articles and highlights: the article they belong to. */
  articleId?: string
  title: string
  text: string
  /** Spans of `text` never shown as a hit (an article's hidden chrome). */
  hidden?: Span[]
  /**
   * What the document was made from, as a hash (an article's content hash): a saved index
   * re-indexes a document whose version differs from the one it holds.
   */
  version?: string
}

/** A passage of a hit's text with its matched words marked. */
export interface Snippet {
  /** Raw offset of the passage in the document's text (an article's text for article hits). */
  start: number
  text: string
  /** Matched words, relative to `text`. `start + mark.start` is the raw offset in the document. */
  marks: Span[]
}

export interface SearchHit {
  kind: SearchKind
  ref: string
  articleId?: string
  title: string
  titleMarks: Span[]
  snippets: Snippet[]
  score: number
  /**
   * The index terms looked up, when the index keeps no text (the article index): whoever holds the
   * text fills in the title and cuts the title's marks and the snippets for them.
   */
  terms?: string[]
}

export interface SearchGroup {
  kind: SearchKind
  /** How many documents of this kind matched (hits holds the best of them). */
  total: number
  /**
   * More matched than `total`: the article index counts at most COUNT_LIMIT matches
   * (backend/search/article-index.ts), so a common word costs the same at any library size.
   */
  more?: boolean
  hits: SearchHit[]
}

export interface SearchResults {
  query: string
  groups: SearchGroup[]
  /** Milliseconds the index took to answer (snippets included). */
  tookMs: number
}

export interface SearchOptions {
  /** Kinds to search (default: all). */
  kinds?: SearchKind[]
  /** Hits kept per kind (default 20). */
  limit?: number
}
