import type { Article, CorpusError } from '../../core/corpus/types'
import type { ArticleSummary, Library } from '../../shared/api'
import { forEachInTurns } from '../store/in-turns'
import { bodiesOf, bodyOf, shapeOf, type ArticleBody, type ArticleShape } from './lazy-text'

export type ArticleOrigin = 'bundled' | 'imported'

export interface LibraryEntry {
  article: Article
  origin: ArticleOrigin
  /** When an imported article was added (ISO 8601). */
  addedAt?: string
}

/** An imported article without its text, and when it was added: what the manifest keeps. */
export interface ImportedShape {
  article: ArticleShape
  addedAt?: string
}

export interface LibraryChange {
  added: Article[]
  removed: string[]
}

const importedShape = (e: LibraryEntry): ImportedShape => ({ article: shapeOf(e.article), ...(e.addedAt ? { addedAt: e.addedAt } : {}) })

export const summarize = (e: LibraryEntry): ArticleSummary => ({
  id: e.article.id,
  meta: e.article.meta,
  stats: e.article.stats,
  contentHash: e.article.contentHash,
  origin: e.origin,
  ...(e.addedAt ? { addedAt: e.addedAt } : {}),
})

/** Lookups only an import asks (duplicates, ids that differ by case), built at the first one. */
interface ImportLookups {
  bySameText: Map<string, string>
  /** How many ids there are of each lower-case form (two ids may differ by case only). */
  lowerIds: Map<string, number>
}

/**
 * The articles in memory: the bundled seeds and the user's imports, in that order. Imports add
 * and remove articles while the app runs; listeners (the search index) hear of every change.
 * Lookups by id and by the text as it reads (duplicate detection: `sameTextHash`) are maps (the
 * latter made at the first import, not at start-up); the arrays handed out are rebuilt only after
 * a change.
 */
export class LibraryCorpus {
  private readonly entries = new Map<string, LibraryEntry>()
  private lookups: ImportLookups | null = null
  private readonly failed: CorpusError[]
  private articleList: Article[] | null = null
  private summaries: ArticleSummary[] | null = null
  private readonly listeners = new Set<(change: LibraryChange) => void>()

  /** Changes so far: a lookup built in slices is kept only if none came meanwhile. */
  private version = 0

  private constructor(failed: CorpusError[]) {
    this.failed = failed
  }

  /** The library of `entries` (in their order), filled a slice at a time: 100,000 of them must not hold the thread. */
  static async of(entries: Iterable<LibraryEntry>, failed: CorpusError[]): Promise<LibraryCorpus> {
    const corpus = new LibraryCorpus(failed)
    await forEachInTurns(entries, (entry) => corpus.entries.set(entry.article.id, entry))
    return corpus
  }

  private put(entry: LibraryEntry): void {
    const replacing = this.entries.has(entry.article.id)
    this.entries.set(entry.article.id, entry)
    if (this.lookups) index(this.lookups, entry, !replacing)
  }

  /** Builds the lookups an import asks, in the background a slice at a time, so the first import does not wait for them. */
  async prepareForImports(): Promise<void> {
    if (this.lookups) return
    const version = this.version
    const lookups: ImportLookups = { bySameText: new Map(), lowerIds: new Map() }
    await forEachInTurns(this.entries.values(), (entry) => index(lookups, entry))
    if (this.version === version) this.lookups ??= lookups
  }

  private importLookups(): ImportLookups {
    if (!this.lookups) {
      this.lookups = { bySameText: new Map(), lowerIds: new Map() }
      for (const entry of this.entries.values()) index(this.lookups, entry)
    }
    return this.lookups
  }

  articles(): readonly Article[] {
    this.articleList ??= [...this.entries.values()].map((e) => e.article)
    return this.articleList
  }

  article(id: string): Article | undefined {
    return this.entries.get(id)?.article
  }

  /** An article's text and blocks without blocking the thread (lazy-text.ts: bodyOf); undefined for an unknown id. */
  async body(id: string): Promise<ArticleBody | undefined> {
    const article = this.article(id)
    return article ? bodyOf(article) : undefined
  }

  /**
   * The bodies of many articles, in the order of `ids`, read from their files a few at a time
   * and not kept: what the bulk readers (discovery, exports) use instead of `article.text`, which
   * reads synchronously. An unknown id gives undefined.
   */
  async bodies(ids: readonly string[]): Promise<(ArticleBody | undefined)[]> {
    const known = ids.map((id) => this.article(id))
    const read = await bodiesOf(known.filter((a) => a !== undefined))
    let at = 0
    return known.map((a) => (a ? read[at++] : undefined))
  }

  entry(id: string): LibraryEntry | undefined {
    return this.entries.get(id)
  }

  has(id: string): boolean {
    return this.entries.has(id)
  }

  /** Whether an id is taken when case is ignored (file names, hence ids, are one on macOS and Windows). */
  hasIdIgnoringCase(idLowerCase: string): boolean {
    return this.importLookups().lowerIds.has(idLowerCase)
  }

  /** The article that already reads like this one (same text but for invisible characters, line ends, tashkeel), if any. */
  withSameText(article: Article): Article | undefined {
    const id = this.importLookups().bySameText.get(article.sameTextHash)
    return id === undefined ? undefined : this.article(id)
  }

  library(): Library {
    this.summaries ??= [...this.entries.values()].map(summarize)
    return { articles: this.summaries, failed: this.failed }
  }

  /** The imported articles (all, or those of `ids`) without their text, as the manifest keeps them. */
  importedShapes(ids?: string[]): ImportedShape[] {
    return ids ? ids.map((id) => this.entries.get(id)).filter((e): e is LibraryEntry => e?.origin === 'imported').map(importedShape) : [...this.allImportedShapes()]
  }

  /** Every imported article without its text, one at a time (a first start goes through 100,000 of them in slices). */
  *allImportedShapes(): IterableIterator<ImportedShape> {
    for (const entry of this.entries.values()) if (entry.origin === 'imported') yield importedShape(entry)
  }

  /**
   * An article read again from its file differs from what the manifest said: the file wins. It
   * keeps its place in the library; listeners hear of it as removed and added again.
   */
  replace(entry: LibraryEntry): void {
    const id = entry.article.id
    const old = this.entries.get(id)
    if (!old) return
    if (this.lookups?.bySameText.get(old.article.sameTextHash) === id) this.lookups.bySameText.delete(old.article.sameTextHash)
    this.put(entry)
    this.changed({ added: [entry.article], removed: [id] })
  }

  /** An article listed by the manifest whose file can no longer be read: it leaves, and its reason is listed. */
  fail(error: CorpusError): void {
    this.remove(error.id)
    this.failed.push(error)
    this.changed({ added: [], removed: [] })
  }

  add(entries: LibraryEntry[]): void {
    if (entries.length === 0) return
    for (const entry of entries) this.put(entry)
    this.changed({ added: entries.map((e) => e.article), removed: [] })
  }

  remove(id: string): boolean {
    const entry = this.entries.get(id)
    if (!entry) return false
    this.entries.delete(id)
    if (this.lookups) unindex(this.lookups, entry, this.entries)
    this.changed({ added: [], removed: [id] })
    return true
  }

  /** Every change from now on; returns the disposer. */
  onChange(listener: (change: LibraryChange) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private changed(change: LibraryChange): void {
    this.version++
    this.articleList = null
    this.summaries = null
    for (const listener of this.listeners) listener(change)
  }
}

/** Puts an entry in the lookups; `newId`: its id was not in the library (an entry replaced keeps its count). */
function index(lookups: ImportLookups, entry: LibraryEntry, newId = true): void {
  const lower = entry.article.id.toLowerCase()
  if (newId) lookups.lowerIds.set(lower, (lookups.lowerIds.get(lower) ?? 0) + 1)
  if (!lookups.bySameText.has(entry.article.sameTextHash)) lookups.bySameText.set(entry.article.sameTextHash, entry.article.id)
}

/** Takes a removed entry out of the lookups; a twin left in the library takes its place. */
function unindex(lookups: ImportLookups, removed: LibraryEntry, entries: ReadonlyMap<string, LibraryEntry>): void {
  const id = removed.article.id
  const lower = id.toLowerCase()
  const left = (lookups.lowerIds.get(lower) ?? 1) - 1
  if (left > 0) lookups.lowerIds.set(lower, left)
  else lookups.lowerIds.delete(lower)
  const key = removed.article.sameTextHash
  if (lookups.bySameText.get(key) !== id) return
  lookups.bySameText.delete(key)
  const twin = [...entries.values()].find((e) => e.article.sameTextHash === key)
  if (twin) lookups.bySameText.set(key, twin.article.id)
}
