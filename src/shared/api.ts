import type { Article, ArticleMeta, ArticleStats, CorpusError } from '../core/corpus/types'
import type { AnchoredHighlight, ReanchorReport } from '../core/highlights/anchored'
import type { Entity, EntityType, Mention, MoneyMention, Suggestion } from '../core/entities/types'
import type { Highlight, HighlightColor } from '../core/store/annotations'
import type { MentionDecision } from '../core/store/entities'
import type { Attachment, Note } from '../core/store/notes'
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

/** What a new or edited entity says about itself (ids and timestamps are the backend's). */
export interface EntityInput {
  type: EntityType
  nameAr: string
  nameLatin: string
  aliases: string[]
  description: string
  money?: { value: number; currency: string }
}

/** A mention as the reader shows it: found by the finder or linked by hand, with the user's verdict. */
export type ArticleMention = Mention & { decision?: MentionDecision['decision'] }

export interface ArticleEntities {
  mentions: ArticleMention[]
  money: (MoneyMention & { entityId?: string })[]
  suggestions: Suggestion[]
}

export interface MentionVerdict {
  articleId: string
  start: number
  end: number
  entityId: string
  decision: MentionDecision['decision'] | 'clear'
}

export interface ConcordanceLine {
  articleId: string
  articleTitle: string
  start: number
  end: number
  before: string
  match: string
  after: string
}

export interface NoteSummary {
  id: string
  title: string
  snippet: string
  updatedAt: string
  entityIds: string[]
  attachments: Attachment[]
}

export interface EntityPage {
  entity: Entity
  concordance: ConcordanceLine[]
  perArticle: { articleId: string; articleTitle: string; count: number }[]
  highlights: HighlightWithArticle[]
  related: { entity: Entity; count: number }[]
  notes: NoteSummary[]
}

export interface NoteInput {
  title: string
  body: unknown
  attachments: Attachment[]
}

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
  listEntities(): Promise<Result<Entity[]>>
  /** Refuses empty names, one-letter names, stop words, and names of another entity (details.conflictEntityId). */
  createEntity(input: EntityInput): Promise<Result<Entity>>
  updateEntity(id: string, input: EntityInput): Promise<Result<Entity>>
  /** Moves everything of `sourceId` (names, notes' mentions, highlight tags, verdicts) onto `targetId`. */
  mergeEntities(sourceId: string, targetId: string): Promise<Result<Entity>>
  /** Removes an entity; notes keep their text (mentions become plain labels). */
  deleteEntity(id: string): Promise<Result<null>>
  getArticleEntities(articleId: string): Promise<Result<ArticleEntities>>
  decideMention(verdict: MentionVerdict): Promise<Result<null>>
  getEntityPage(id: string): Promise<Result<EntityPage>>
  /** Tags a highlight with entities (replacing its tags). */
  tagHighlight(id: string, entityIds: string[]): Promise<Result<Highlight>>
  listNotes(): Promise<Result<NoteSummary[]>>
  getNote(id: string): Promise<Result<Note>>
  createNote(input: NoteInput): Promise<Result<Note>>
  /** Autosave: resolves once the note is on disk. */
  saveNote(id: string, input: NoteInput): Promise<Result<{ updatedAt: string }>>
  deleteNote(id: string): Promise<Result<null>>
}

export type ApiMethod = keyof DaftarApi
export type ApiArgs<M extends ApiMethod> = Parameters<DaftarApi[M]>
export type ApiValue<M extends ApiMethod> = Awaited<ReturnType<DaftarApi[M]>> extends Result<infer V> ? V : never
