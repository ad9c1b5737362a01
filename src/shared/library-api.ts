/**
 * The contract of the library, import and search features (kept apart from api.ts, which holds
 * the interface itself, so the two features' types do not crowd one file).
 */
import type { Reason } from '../core/corpus/reasons'
import type { SearchKind } from '../core/search/types'
import type { ArticleMeta, ArticleStats } from '../core/corpus/types'

/** One row of the library. */
export interface ArticleSummary {
  id: string
  meta: ArticleMeta
  stats: ArticleStats
  contentHash: string
  /** Bundled with the app (seeds) or imported by the user (only those can be removed). */
  origin?: 'bundled' | 'imported'
  /** When an imported article was added (ISO 8601). */
  addedAt?: string
}

export type { SearchDoc, SearchGroup, SearchHit, SearchKind, SearchOptions, SearchResults, Snippet, Span } from '../core/search/types'

/** Files over this size are refused: the longest real news articles are under 100 KB, and a 5 MiB
 * "article" is a dump (the reader, the mention finder and the index all grow with it). */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024

const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`

/** The reason of a refusal over the limit, for the interface's own language. */
export const tooLargeReason = (bytes: number): Reason => ({ key: 'too-large', params: { size: mib(bytes), limit: mib(MAX_IMPORT_BYTES) } })

/** The refusal of a file over the limit, word for word the same in the page and the backend. */
export const tooLargeMessage = (bytes: number): string =>
  `The file is ${mib(bytes)}; articles up to ${mib(MAX_IMPORT_BYTES)} can be imported (split a longer file).`

/** Extensions the importer reads (HTML is also recognised by its content under any of them). */
export const IMPORT_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const

/** One file sent for import: its name as the user had it and its bytes in base64. */
export interface ImportFile {
  name: string
  data: string
}

export interface PastedArticle {
  title?: string
  text: string
}

export interface ImportedItem {
  /** The name the file came with (invisible and bidi control characters removed). */
  file: string
  id: string
  title: string
  encoding: string
  /** What was done to read it, for the user to know (a repaired double encoding, HTML found in a .txt). */
  warnings: string[]
  /** The new library row, so the page can show it at once without reloading the library. */
  summary: ArticleSummary
}

export interface DuplicateItem {
  file: string
  existingId: string
  existingTitle: string
}

export type ImportFailureCode =
  | 'empty'
  | 'binary'
  | 'undecodable'
  | 'unreadable'
  | 'too-large'
  | 'unsupported'
  | 'write-failed'
  | 'cancelled'
  /** A saved page with more elements than can be read in time. */
  | 'too-complex'
  /** Reading the file passed its deadline; the parse was stopped. */
  | 'too-slow'

export interface FailedItem {
  file: string
  code: ImportFailureCode
  /** In English, for logs and the CLI. */
  message: string
  /** What the interface shows, in its own language (absent: `message`). */
  reason?: Reason
}

/** Per-file outcome of one import request: every file is in exactly one list. */
export interface ImportReport {
  imported: ImportedItem[]
  duplicates: DuplicateItem[]
  failed: FailedItem[]
}

/** Files chosen in the desktop app's dialog, read in chunks by `importPicked` (so progress shows and can stop). */
export interface PickedFiles {
  pickId: string
  files: { name: string; size: number }[]
}

/** Removing an article: keep its highlights and notes (they show as orphans), or delete them. */
export type RemoveMode = 'keep-annotations' | 'delete-annotations'

export interface RemoveReport {
  id: string
  highlightsDeleted: number
  notesDeleted: number
  /** Notes that also link something else: only their links to the article were removed. */
  notesDetached: number
}

export interface LibraryFacets {
  /** Highlights per article (articles without highlights are left out). */
  highlightCounts: Record<string, number>
}

export interface SearchStatus {
  state: 'idle' | 'building' | 'ready' | 'cancelled' | 'failed'
  /** Articles indexed so far, and in the library. */
  indexed: number
  total: number
  error?: string
}

export const searchKindList: readonly SearchKind[] = ['article', 'highlight', 'note', 'entity']
