import type { Article, ArticleMeta, ArticleStats, CorpusError } from '../core/corpus/types'
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

/**
 * The one contract between the UI and the rest of the app. The preload implements it over
 * Electron IPC, browser mode over fetch; main and the web server register the same handlers.
 * Every method answers a Result; arguments are validated on the receiving side (schemas.ts).
 */
export interface DaftarApi {
  getStartupReport(): Promise<Result<StartupReport>>
  listLibrary(): Promise<Result<Library>>
  getArticle(id: string): Promise<Result<Article>>
  getSettings(): Promise<Result<ReadingSettings>>
  updateSettings(patch: SettingsPatch): Promise<Result<ReadingSettings>>
  getSession(): Promise<Result<Session>>
  saveReadingPosition(articleId: string, position: Omit<ReadingPosition, 'updatedAt'>): Promise<Result<null>>
}

export type ApiMethod = keyof DaftarApi
export type ApiArgs<M extends ApiMethod> = Parameters<DaftarApi[M]>
export type ApiValue<M extends ApiMethod> = Awaited<ReturnType<DaftarApi[M]>> extends Result<infer V> ? V : never
