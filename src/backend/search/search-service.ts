import { sideKinds, type SearchDoc, type SearchOptions, type SearchResults, type SideKind } from '../../core/search/types'
import type { SearchStatus } from '../../shared/library-api'
import type { LibraryChange, LibraryCorpus } from '../library/library-corpus'
import type { RecordChange } from '../store/changes'
import type { Remote } from '../workers/rpc'
import type { SearchMethods } from './search-methods'
import { digestKey, digestOf } from '../../core/search/library-digest'
import { inForeground, whenUserIdle } from '../store/foreground'
import { withArticleSnippets } from './article-snippets'
import { SavedIndex, type SavedIndexOptions } from './saved-index'
import { articleDoc, articleVersion } from './search-docs'

export interface SearchSources {
  corpus: LibraryCorpus
  /** The highlights, notes and entities services: each announces what it changed. */
  services: readonly { onChange(listener: (change: RecordChange<SideKind>) => void): () => void }[]
  /** The documents of a kind other than articles as they are now: every one, or those of `ids` that still exist. */
  docs(kind: SideKind, ids?: readonly string[]): Promise<SearchDoc[]>
}

/** How long after the first build the article database is read whole for damage (see checkSoon). */
const CHECK_AFTER_MS = 10_000

/**
 * Articles go to the index worker in batches of 200 (~1 MB of text each): enough to keep the worker
 * busy, small enough that posting one takes the main thread ~2 ms and a cancel acts within one batch.
 */
const BATCH = 200

/**
 * Keeps the search index (in its worker) in step with the library and the user's data. The first
 * index build starts when the UI first asks for the status or searches: it loads the saved index
 * (saved-index.ts) when there is one and indexes only what changed since (articles whose version
 * differs, new ones; those gone leave), else everything; it runs in batches, reports progress, and
 * can be stopped and resumed; what is indexed is searchable meanwhile. Imports and removals reach
 * the index as they happen. Highlights, notes and entities are read whole once; after that their
 * services announce each change, and only the records it names are re-read (and re-indexed if they
 * differ) before the next search.
 */
export class SearchService {
  private state: SearchStatus['state'] = 'idle'
  private error: string | undefined
  private readonly queue: string[] = []
  private readonly queued = new Set<string>()
  private readonly indexed = new Set<string>()
  private readonly dirty = new Set<SideKind>(sideKinds)
  /** The version of each side document in the index, by kind. */
  private readonly signatures = new Map<SideKind, Map<string, string>>()
  private running: Promise<void> | null = null
  private cancelled = false
  /** The records the services announced since the last search, by kind. */
  private readonly announced = new Map<SideKind, Set<string>>()
  private restoring: Promise<void> | null = null
  /** Articles the first build found in the saved index, and articles indexed since start. */
  private readonly counts = { fromSaved: 0, indexed: 0 }
  private readonly saved: SavedIndex | null
  /** The engine began opening the saved indexes with the backend (search-engine.ts). */
  private readonly openedAtStart: boolean
  private readonly unsubscribe: (() => void)[]

  constructor(
    private readonly sources: SearchSources,
    private readonly engine: Remote<SearchMethods>,
    private readonly closeEngine: () => Promise<void>,
    /** Where the index is saved between runs (none: built from nothing at every start). */
    saved?: SavedIndexOptions,
  ) {
    this.saved = saved ? new SavedIndex(engine, saved, () => this.state === 'building') : null
    this.openedAtStart = !!saved?.opened
    this.unsubscribe = [
      sources.corpus.onChange((change) => this.onLibraryChange(change)),
      ...sources.services.map((service) => service.onChange((change) => this.onRecordChange(change))),
    ]
  }

  status(): SearchStatus {
    if (this.state === 'idle') this.start()
    return this.snapshot()
  }

  snapshot(): SearchStatus {
    return { state: this.state, indexed: this.indexed.size, total: this.sources.corpus.articles().length, ...(this.error ? { error: this.error } : {}) }
  }

  /** Starts (or resumes) indexing whatever is not indexed yet. */
  start(): SearchStatus {
    this.cancelled = false
    this.run()
    return this.snapshot()
  }

  cancel(): SearchStatus {
    if (this.state === 'building') {
      this.cancelled = true
      this.state = 'cancelled'
    }
    return this.snapshot()
  }

  /** A query the user waits for: background passes give way meanwhile (foreground.ts). */
  search(query: string, options: SearchOptions): Promise<SearchResults> {
    return inForeground(async () => {
      if (this.state === 'idle') this.start()
      await this.syncSideKinds()
      await this.syncAnnounced()
      const answer = await this.engine.search(query, options).catch(async (error: unknown) => {
        // It may have read a damaged page: if so, the index is built again and the query answered from what is indexed so far.
        if (!(await this.healIfDamaged())) throw error
        return this.engine.search(query, options)
      })
      return withArticleSnippets(answer, (id) => this.sources.corpus.article(id))
    })
  }

  /** Resolves when everything queued is indexed (tests, the bench). */
  async settled(): Promise<void> {
    while (this.running) await this.running
    await this.syncSideKinds()
    await this.syncAnnounced()
  }

  /** How much of the library the saved index gave and how much was indexed since start (tests, the bench). */
  buildCounts(): { fromSaved: number; indexed: number } {
    return { ...this.counts }
  }

  /** Writes the index file now if it has unsaved changes (it is otherwise saved a moment after them). */
  async saveIndex(): Promise<void> {
    await this.saved?.save()
  }

  async close(): Promise<void> {
    if (this.checkTimer) clearTimeout(this.checkTimer)
    for (const unsubscribe of this.unsubscribe) unsubscribe()
    this.cancelled = true
    // The small index's last changes. (The article index wrote each batch as it went: a build cut
    // short goes on from there at the next start.)
    if (this.state === 'ready') await this.saveIndex()
    this.saved?.cancel()
    // The worker's database, if it was opened (a worker never used is not started just to close it).
    if (this.restoring || this.openedAtStart) await this.engine.close().catch(() => {}) // a worker that died closed its database with it
    await this.closeEngine()
  }

  private enqueue(id: string): void {
    if (this.queued.has(id)) return
    this.queued.add(id)
    this.queue.push(id)
  }

  private onLibraryChange(change: LibraryChange): void {
    for (const id of change.removed) {
      this.queued.delete(id)
      if (this.indexed.delete(id)) {
        void this.engine.remove([{ kind: 'article', ref: id }]).catch(() => {})
        this.saved?.changed()
      }
    }
    for (const a of change.added) {
      this.indexed.delete(a.id)
      this.enqueue(a.id)
    }
    if (this.state !== 'idle' && this.state !== 'cancelled') this.run()
  }

  private run(): void {
    this.state = 'building'
    if (this.running) return
    this.running = this.drain()
      .then(async () => {
        if (this.cancelled) return
        // A warm-up query that fails has met a damaged page (healed here) or will fail for the user too.
        if (!this.warmed) await this.warm().catch(() => this.healIfDamaged())
        this.state = 'ready'
        this.checkSoon()
      })
      .catch((error: unknown) => {
        this.state = 'failed'
        this.error = error instanceof Error ? error.message : String(error)
      })
      .finally(() => {
        this.running = null
        // Articles added while the last batch was in the worker.
        if (this.state === 'ready' && this.queue.some((id) => this.queued.has(id))) this.run()
      })
  }

  private warmed = false
  private checkTimer: NodeJS.Timeout | null = null
  private checked = false
  private healing: Promise<boolean> | null = null

  /**
   * Reads the whole article database once, a while after the first build and when the user is not
   * searching (it holds the worker ~3 s at 100,000 articles). Opening reads only its first pages: a
   * page damaged further in is found here, or by a query that reads it.
   */
  private checkSoon(): void {
    if (this.checked || this.checkTimer || !this.saved) return
    this.checkTimer = setTimeout(() => void whenUserIdle().then(() => (this.checked ? undefined : this.checkIndex())).catch(() => {}), CHECK_AFTER_MS)
    this.checkTimer.unref()
  }

  /** Checks the article database now; if it is damaged, says so and indexes the library again (never fatal). */
  async checkIndex(): Promise<void> {
    if (this.checkTimer) clearTimeout(this.checkTimer)
    this.checkTimer = null
    this.checked = true
    await this.healIfDamaged()
  }

  /**
   * Reads the article database whole; if it is damaged, says so and indexes the library again. Also
   * how a failed query is told apart from a damaged file: SQLite names the damage only to the
   * statement that met it (used again, that statement reports "could not reset"), so the message of
   * a failure is not to be trusted.
   */
  private healIfDamaged(): Promise<boolean> {
    // A query and the warm-up can meet the damage together: one check, one rebuild.
    this.healing ??= this.engine
      .checkArticles()
      .then(async (problem) => {
        if (problem) await this.rebuildArticles(problem)
        return problem !== null
      })
      .finally(() => (this.healing = null))
    return this.healing
  }

  private async rebuildArticles(problem: string): Promise<void> {
    this.saved?.damaged(`the article index: ${problem}`)
    await this.engine.resetArticles()
    this.indexed.clear()
    this.counts.fromSaved = 0
    for (const a of this.sources.corpus.articles()) this.enqueue(a.id)
    if (!this.cancelled) this.run()
  }

  /** First queries compile the query paths on both sides of the worker: pay that once, after the build, not on the first keystroke. */
  private async warm(): Promise<void> {
    this.warmed = true
    const sample = this.sources.corpus.articles()[0]
    const words = (sample?.meta.title ?? '').split(/\s+/).filter((w) => w.length > 3)
    await this.engine.warm(words)
    // This side's part too: cutting the snippets of two full answers (measured at 100,000 articles:
    // a first query's snippets took 33–43 ms after cutting three, 11–13 ms after forty).
    for (const word of words.slice(0, 2)) withArticleSnippets(await this.engine.search(word, { kinds: ['article'], limit: 20 }), (id) => this.sources.corpus.article(id))
  }

  /**
   * Before the first batch: the saved indexes opened, and the articles the article index lacks or
   * holds at another version queued (all of them when there is none). Articles it holds that the
   * library no longer has leave. The two are compared by digest first; only when they differ does
   * the library's list go to the worker to be compared there (reconcileArticles).
   */
  private restoreOnce(): Promise<void> {
    // A load that failed (the worker died) is tried again by the next build, not remembered.
    return (this.restoring ??= this.restore().catch((error: unknown) => {
      this.restoring = null
      throw error
    }))
  }

  private async restore(): Promise<void> {
    const versions = this.saved ? await this.saved.load() : null
    if (versions) for (const kind of sideKinds) this.signatures.set(kind, new Map(versions[kind].map((v) => [v.ref, v.version ?? ''])))
    const articles = this.sources.corpus.articles()
    const pairs = articles.map((a): [string, string] => [a.id, articleVersion(a)])
    // Nothing changed while the app was closed (the usual start): no list crosses to the worker.
    const inStep = await this.engine.articlesInStep(digestKey(digestOf(pairs)))
    const stale = new Set(inStep ? [] : await this.engine.reconcileArticles(JSON.stringify(pairs)))
    for (const a of articles) {
      if (stale.has(a.id)) this.enqueue(a.id)
      else this.indexed.add(a.id)
    }
    this.counts.fromSaved = this.indexed.size
  }

  private async drain(): Promise<void> {
    await this.restoreOnce()
    while (this.queue.length > 0 && !this.cancelled) {
      const ids = this.queue.splice(0, BATCH).filter((id) => this.queued.delete(id))
      const docs = ids.map((id) => this.sources.corpus.article(id)).filter((a) => a !== undefined).map(articleDoc)
      if (docs.length > 0) await this.engine.put(docs)
      this.counts.indexed += docs.length
      // An article removed while its batch was in the worker must leave the index again.
      const gone = docs.filter((d) => !this.sources.corpus.has(d.ref))
      if (gone.length > 0) await this.engine.remove(gone.map((d) => ({ kind: 'article', ref: d.ref })))
      for (const d of docs) if (this.sources.corpus.has(d.ref)) this.indexed.add(d.ref)
      if (docs.length > 0) this.saved?.changed()
    }
    if (this.cancelled) {
      // Put back what was not indexed, so resuming continues where it stopped.
      for (const a of this.sources.corpus.articles()) if (!this.indexed.has(a.id)) this.enqueue(a.id)
    }
  }

  private async syncSideKinds(): Promise<void> {
    await this.restoreOnce()
    for (const kind of [...this.dirty]) {
      this.dirty.delete(kind)
      const docs = await this.sources.docs(kind)
      const known = this.signatures.get(kind) ?? new Map<string, string>()
      const fresh = new Map(docs.map((d) => [d.ref, d.version ?? '']))
      const changed = docs.filter((d) => known.get(d.ref) !== fresh.get(d.ref))
      const removed = [...known.keys()].filter((ref) => !fresh.has(ref)).map((ref) => ({ kind, ref }))
      if (removed.length > 0) await this.engine.remove(removed)
      for (let at = 0; at < changed.length; at += BATCH) await this.engine.put(changed.slice(at, at + BATCH))
      this.signatures.set(kind, fresh)
      if (removed.length > 0 || changed.length > 0) this.saved?.changed()
    }
  }

  private onRecordChange({ kind, upserted, removed }: RecordChange<SideKind>): void {
    if (this.dirty.has(kind)) return // read whole before the next search anyway
    const ids = this.announced.get(kind) ?? new Set<string>()
    for (const id of [...upserted, ...removed]) ids.add(id)
    this.announced.set(kind, ids)
  }

  /** Re-reads only the records the services announced, and re-indexes those that differ or left. */
  private async syncAnnounced(): Promise<void> {
    for (const [kind, ids] of [...this.announced]) {
      this.announced.delete(kind)
      const docs = await this.sources.docs(kind, [...ids])
      const known = this.signatures.get(kind) ?? new Map<string, string>()
      const fresh = new Map(docs.map((d) => [d.ref, d.version ?? '']))
      // Removed whether or not it was known here: removing what the index lacks is harmless.
      const gone = [...ids].filter((ref) => !fresh.has(ref))
      const changed = docs.filter((d) => known.get(d.ref) !== fresh.get(d.ref))
      if (gone.length > 0) await this.engine.remove(gone.map((ref) => ({ kind, ref })))
      for (let at = 0; at < changed.length; at += BATCH) await this.engine.put(changed.slice(at, at + BATCH))
      for (const ref of gone) known.delete(ref)
      for (const [ref, signature] of fresh) known.set(ref, signature)
      this.signatures.set(kind, known)
      if (gone.length > 0 || changed.length > 0) this.saved?.changed()
    }
  }
}
