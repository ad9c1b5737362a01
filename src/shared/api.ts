import type { Article, ArticleMeta, ArticleStats, CorpusError } from '../core/corpus/types'
import type { AnchoredHighlight, ReanchorReport } from '../core/highlights/anchored'
import type { Highlight, HighlightColor } from '../core/store/annotations'
import type { StoreNotice } from '../core/store/notices'
import type { ReadingPosition, ReadingSettings } from '../core/store/settings'
import type { Result } from './result'

/** One row of the library. */
export interface ArticleSummary {
  id: string
  meta: ArticleMeta
  stats: ArticleStats
  contentHash: string
}

/** What the library lists: the readable articles and the files that could not be read, with why. */
export interface Library {
  articles: ArticleSummary[]
  failed: CorpusError[]
}

export interface Session {
  lastArticleId: string | null
  positions: Record<string, ReadingPosition>
}

/** What the user should be told when the app starts (store recovered, folder read-only, …). */
export interface StartupReport {
  dataDir: string
  notices: StoreNotice[]
}

export type SettingsPatch = Partial<ReadingSettings>

/** A highlight to create from offsets into the article's current text. */
export interface NewHighlight {
  articleId: string
  start: number
  end: number
  color: HighlightColor
  comment?: string
}

export interface HighlightPatch {
  color?: HighlightColor
  comment?: string
}

export interface ArticleHighlights {
  highlights: AnchoredHighlight[]
  /** Set when the article's text had changed: what re-anchoring did (shown to the user once). */
  report: ReanchorReport | null
}

export type HighlightWithArticle = AnchoredHighlight & { articleTitle: string | null }

/**
 * The one contract between the UI and the rest of the app. The preload implements it over
 * Electron IPC, browser mode over fetch; main and the web server register the same handlers.
 * Every method answers a Result; arguments are validated on the receiving side (schemas.ts).
 */
export interface DaftarApi {
  getStartupReport(): Promise<Result<StartupReport>>
  /** Store notices raised since they were last taken (e.g. a damaged annotations file found on first use). */
  takeNotices(): Promise<Result<StoreNotice[]>>
  listLibrary(): Promise<Result<Library>>
  getArticle(id: string): Promise<Result<Article>>
  getSettings(): Promise<Result<ReadingSettings>>
  updateSettings(patch: SettingsPatch): Promise<Result<ReadingSettings>>
  getSession(): Promise<Result<Session>>
  saveReadingPosition(articleId: string, position: Omit<ReadingPosition, 'updatedAt'>): Promise<Result<null>>
  listHighlights(articleId: string): Promise<Result<ArticleHighlights>>
  listAllHighlights(): Promise<Result<HighlightWithArticle[]>>
  /** Creates one highlight per visible stretch of the selection (hidden chrome splits it). */
  createHighlights(input: NewHighlight): Promise<Result<AnchoredHighlight[]>>
  updateHighlight(id: string, patch: HighlightPatch): Promise<Result<Highlight>>
  deleteHighlight(id: string): Promise<Result<Highlight>>
  restoreHighlight(highlight: Highlight): Promise<Result<Highlight>>
  reattachHighlight(id: string, start: number, end: number): Promise<Result<Highlight>>
}

export type ApiMethod = keyof DaftarApi
export type ApiArgs<M extends ApiMethod> = Parameters<DaftarApi[M]>
export type ApiValue<M extends ApiMethod> = Awaited<ReturnType<DaftarApi[M]>> extends Result<infer V> ? V : never
