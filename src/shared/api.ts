import type { Article, CorpusError } from '../core/corpus/types'
import type { Briefing, BriefingFile, BriefingOptions, BriefingScope } from '../core/briefing/scope'
import type { PassageLink } from '../core/briefing/deep-link'
import type { AnchoredHighlight, ReanchorReport } from '../core/highlights/anchored'
import type { DiscoverySignal, Entity, EntityType, Mention, MoneyMention, Suggestion } from '../core/entities/types'
import type { Highlight, HighlightColor } from '../core/store/annotations'
import type { MentionDecision } from '../core/store/entities'
import type { Attachment, Note } from '../core/store/notes'
import type { StoreNotice } from '../core/store/notices'
import type { ReadingPosition, ReadingSettings } from '../core/store/settings'
import type { FigureClaim, FigureDecision, FigureDecisionKind } from '../core/story/figures/types'
import type { TimelineItem } from '../core/story/timeline'
import type { RelationEdge, RelationNode } from '../core/story/relations/types'
import type { Result } from './result'
import type {
  ArticleSummary,
  ImportFile,
  ImportReport,
  LibraryFacets,
  PastedArticle,
  PickedFiles,
  RemoveMode,
  RemoveReport,
  SearchOptions,
  SearchResults,
  SearchStatus,
} from './library-api'

export type { ArticleSummary } from './library-api'

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
export type EntityInput = Omit<Entity, 'id' | 'createdAt' | 'updatedAt'>

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

/** A name discovery proposes, as the "new names" inbox shows it. */
export interface NewName {
  /** The normalised name: what accept, merge and ignore refer to. */
  key: string
  name: string
  type: Exclude<EntityType, 'money'>
  /** Why it is proposed, strongest first. */
  signals: DiscoverySignal[]
  /** Other spellings and the Latin gloss. */
  aliases: string[]
  score: number
  mentions: number
  articles: { articleId: string; title: string; count: number }[]
  /** Up to three places it occurs, as concordance lines. */
  examples: ConcordanceLine[]
  /** Probably an entity already known, or another proposal, spelled otherwise. */
  sameAs?: { entityId: string; name: string } | { name: string }
}

export interface NewNamesInbox {
  /** 'running' while the first pass reads the library; 'unavailable' when it failed (reason says why). */
  status: 'ready' | 'running' | 'unavailable'
  reason?: string
  names: NewName[]
  /** How many names are proposed in the scope (names holds at most the limit asked for). */
  total: number
}

/** A proposed name as the user accepts or merges it (type and name may have been corrected). */
export interface NewNameChoice {
  name: string
  type: Exclude<EntityType, 'money'>
  aliases: string[]
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
  /** The articles of the whole library that mention it, and its mentions in them. */
  articleCount: number
  mentionCount: number
  /**
   * Its mentions in the latest articles that mention it (at most ARTICLES_READ of them, in library
   * order; all of them when fewer), with the counts per article and the related entities of those.
   */
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
  /**
   * takeNotices, answered once the caches checked in the background at start-up (the mention
   * index) have been read: a damaged one is told at start, not when an article is next opened.
   */
  takeStartupNotices(): Promise<Result<StoreNotice[]>>
  listLibrary(): Promise<Result<Library>>
  /** Imports files (bytes in base64), each all or nothing; the report has every file in one list. */
  importFiles(files: ImportFile[]): Promise<Result<ImportReport>>
  /** Imports pasted text as a new article. */
  importText(article: PastedArticle): Promise<Result<ImportReport>>
  /** Desktop app: asks the OS dialog for files (null when cancelled). Browser mode answers "unsupported": use the file picker. */
  pickImportFiles(): Promise<Result<PickedFiles | null>>
  /** Imports picked files by their index in the pick, a chunk at a time (the UI shows progress and can stop between chunks). */
  importPicked(pickId: string, indices: number[]): Promise<Result<ImportReport>>
  /** "Stop": the file being parsed now is stopped at once and the rest of its request is not imported. */
  stopImport(): Promise<Result<null>>
  /** Removes an imported article, keeping its highlights and notes (as orphans) or deleting them. */
  removeArticle(id: string, mode: RemoveMode): Promise<Result<RemoveReport>>
  getLibraryFacets(): Promise<Result<LibraryFacets>>
  /** Articles where an entity is mentioned (its accepted mentions). */
  articlesWithEntity(entityId: string): Promise<Result<string[]>>
  /** Searches articles, highlights, notes and entities; results grouped by kind with marked snippets. */
  search(query: string, options: SearchOptions): Promise<Result<SearchResults>>
  /** How far the search index is; the first call starts building it. */
  getSearchStatus(): Promise<Result<SearchStatus>>
  /** Stops building the index (what is indexed stays searchable); `resumeIndexing` goes on. */
  cancelIndexing(): Promise<Result<SearchStatus>>
  resumeIndexing(): Promise<Result<SearchStatus>>
  getArticle(id: string): Promise<Result<Article>>
  getSettings(): Promise<Result<ReadingSettings>>
  updateSettings(patch: SettingsPatch): Promise<Result<ReadingSettings>>
  getSession(): Promise<Result<Session>>
  saveReadingPosition(articleId: string, position: Omit<ReadingPosition, 'updatedAt'>): Promise<Result<null>>
  listHighlights(articleId: string): Promise<Result<ArticleHighlights>>
  listAllHighlights(): Promise<Result<HighlightWithArticle[]>>
  /** Creates one highlight per visible stretch of the selection (hidden chrome splits it). */
  createHighlights(input: NewHighlight): Promise<Result<AnchoredHighlight[]>>
  /** Update, restore, re-attach and tag answer the highlight placed on the article's current text, as listHighlights would. */
  updateHighlight(id: string, patch: HighlightPatch): Promise<Result<AnchoredHighlight>>
  deleteHighlight(id: string): Promise<Result<Highlight>>
  restoreHighlight(highlight: Highlight): Promise<Result<AnchoredHighlight>>
  reattachHighlight(id: string, start: number, end: number): Promise<Result<AnchoredHighlight>>
  listEntities(): Promise<Result<Entity[]>>
  /** Refuses empty names, one-letter names, stop words, and names of another entity (details.conflictEntityId). */
  createEntity(input: EntityInput): Promise<Result<Entity>>
  updateEntity(id: string, input: EntityInput): Promise<Result<Entity>>
  /** Moves everything of `sourceId` (names, notes' mentions, highlight tags, verdicts) onto `targetId`. */
  mergeEntities(sourceId: string, targetId: string): Promise<Result<Entity>>
  /** Removes an entity; notes keep their text (mentions become plain labels). */
  deleteEntity(id: string): Promise<Result<null>>
  getArticleEntities(articleId: string): Promise<Result<ArticleEntities>>
  /** The "new names" inbox: names discovery proposes in the library, or in one article, ranked. */
  listNewNames(scope: { articleId?: string; limit?: number }): Promise<Result<NewNamesInbox>>
  /** Creates an entity for each chosen name (its other spellings and gloss as aliases). */
  acceptNewNames(choices: NewNameChoice[]): Promise<Result<Entity[]>>
  /** Adds a proposed name and its spellings to an existing entity as aliases. */
  mergeNewName(choice: NewNameChoice, entityId: string): Promise<Result<Entity>>
  /** Never proposes these names again. */
  ignoreNewNames(names: string[]): Promise<Result<null>>
  decideMention(verdict: MentionVerdict): Promise<Result<null>>
  getEntityPage(id: string): Promise<Result<EntityPage>>
  /** Tags a highlight with entities (replacing its tags). */
  tagHighlight(id: string, entityIds: string[]): Promise<Result<AnchoredHighlight>>
  listNotes(): Promise<Result<NoteSummary[]>>
  getNote(id: string): Promise<Result<Note>>
  createNote(input: NoteInput): Promise<Result<Note>>
  /** Autosave: resolves once the note is on disk. */
  saveNote(id: string, input: NoteInput): Promise<Result<{ updatedAt: string }>>
  deleteNote(id: string): Promise<Result<null>>
  /** The briefing of a scope: Markdown, a safe file name, counts. An empty scope answers details.reason "empty-scope". */
  buildBriefing(scope: BriefingScope, options: BriefingOptions): Promise<Result<Briefing>>
  /** Saves that briefing: Electron asks where (its dialog confirms any overwrite); browser mode answers "download". */
  saveBriefing(scope: BriefingScope, options: BriefingOptions): Promise<Result<SavedBriefing>>
  /** The story's figures: the claims across sources, the user's decisions applied (dismissed ones included, marked). */
  getFigures(query: FiguresQuery): Promise<Result<FiguresView>>
  /** Confirms, splits (one source) or dismisses a claim; kept in figures.json. An unknown claim or source answers not-found. */
  decideFigure(input: FigureDecisionInput): Promise<Result<FigureDecision>>
  /** Takes a decision back. */
  undoFigureDecision(id: string): Promise<Result<null>>
  /** Story, timeline: dated statements (all, some articles', or one entity's), dated first, then yearless, then unresolved. */
  getTimeline(query: TimelineQuery): Promise<Result<TimelineEntry[]>>
  /** The story's relation graph (who is mentioned with whom), laid out for drawing. */
  getRelationGraph(request: RelationGraphRequest): Promise<Result<RelationGraphView>>
}

export type ApiMethod = keyof DaftarApi
export type ApiArgs<M extends ApiMethod> = Parameters<DaftarApi[M]>
export type ApiValue<M extends ApiMethod> = Awaited<ReturnType<DaftarApi[M]>> extends Result<infer V> ? V : never

/**
 * Where a saved briefing went: written where the user chose, not written (the dialog was cancelled),
 * or handed back for the page to download (browser mode has no save dialog; the browser's download
 * never overwrites silently either).
 */
export type SavedBriefing =
  | { kind: 'saved'; path: string; fileName: string }
  | { kind: 'cancelled' }
  /** `files`: what the Markdown links to (the relation graph's SVG), downloaded beside it. */
  | { kind: 'download'; fileName: string; markdown: string; files?: BriefingFile[] }

// ——— Story: timeline ———

/** Which statements the timeline holds: an entity's (its sentence names it), some articles', or everything. */
export interface TimelineQuery {
  entityId?: string
  articleIds?: string[]
}

/** One dated statement, with the title of its article. */
export type TimelineEntry = TimelineItem & { articleTitle: string }

/** Events pushed to the page. Every subscription returns its disposer (a React effect can return it). */
export interface DaftarEvents {
  /** A daftar://article/… link was opened: by the OS (Electron), or as the page's URL fragment (browser mode). */
  onOpenLink(listener: (link: PassageLink) => void): () => void
}

/** What the renderer holds: the methods, and the events. */
export type DaftarClient = DaftarApi & DaftarEvents

// ---- The story's figures across sources (issue 12): getFigures, decideFigure, undoFigureDecision ----

/** Which claims: those about an entity, from some articles (both optional: everything). */
export interface FiguresQuery {
  entityId?: string
  articleIds?: string[]
}

/** A source of one value of a claim, with its article's title and the figure's sentence around it. */
export interface FigureSourceView {
  articleId: string
  title: string
  start: number
  end: number
  /** The figure as written. */
  text: string
  /** The sentence before and after the figure (trimmed at a word when long). */
  before: string
  after: string
  times: number
}

export interface FigureClaimView extends Omit<FigureClaim, 'values'> {
  values: { value: number; text: string; sources: FigureSourceView[] }[]
}

export interface FiguresView {
  claims: FigureClaimView[]
  /** Figures found in the articles asked about, and how many articles those were. */
  figures: number
  articles: number
}

/** A decision about a claim; `source` names the figure a split takes out (one of the claim's sources). */
export interface FigureDecisionInput {
  kind: FigureDecisionKind
  claimKey: string
  source?: { articleId: string; start: number; end: number }
}

// ── The story's relation graph (issue 12) ──────────────────────────────────────────────────────

/** Which relation graph to draw: over a scope of the library (everything by default), around an entity, filtered. */
export interface RelationGraphRequest {
  /** The briefing's scope: every article, chosen articles, highlights of colours or tags, chosen entities. */
  scope?: BriefingScope
  /** Only what lies within `steps` (1 or 2) ties of this entity. */
  around?: string
  steps?: 1 | 2
  types?: EntityType[]
  minWeight?: number
  /** At most this many ties, the strongest (default 300). */
  maxEdges?: number
}

export interface RelationGraphView {
  /** Nodes placed by ForceAtlas2 (x, y in −1…1). */
  nodes: (RelationNode & { x: number; y: number })[]
  /** Ties shown, strongest first. */
  edges: RelationEdge[]
  /** Before the cap: how many ties and entities passed the filters (the view may show fewer). */
  total: { nodes: number; edges: number }
}
