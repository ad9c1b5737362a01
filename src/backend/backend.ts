import type { Suggestion } from '../core/entities/types'
import type { Article } from '../core/corpus/types'
import type { DocumentSpec } from '../core/store/document-spec'
import type { StoreNotice } from '../core/store/notices'
import { openDocument } from '../core/store/open-document'
import { figuresSpec } from '../core/store/figures'
import { settingsSpec, type SettingsDocument } from '../core/store/settings'
import { StoredDocument } from '../core/store/stored-document'
import type { Library } from '../shared/api'
import { randomUUID } from 'node:crypto'
import { AnnotationsStore } from './highlights/annotations-store'
import { lexiconCacheFile } from './discovery/arabic-lexicon'
import { discoverInline } from './discovery/discover-inline'
import { discoverInWorker } from './discovery/discover-in-worker'
import { discoveryRunner } from './discovery/discovery-runner'
import { NewNamesService, type DiscoverLibrary } from './discovery/new-names'
import { EntitiesService } from './entities/entities-service'
import { FiguresService } from './figures/figures-service'
import { createEntityFinder } from './entities/entity-finder'
import { HighlightsService } from './highlights/highlights-service'
import { NotesService } from './notes/notes-service'
import { openRegistry } from './entities/open-registry'
import { mentionsDir, SavedScans } from './entities/saved-scans'
import { Librarian } from './library/librarian'
import type { LibraryCorpus } from './library/library-corpus'
import { loadLibrary } from './library/load-library'
import { manifestDir } from './library/library-manifest'
import { articleIndexFile, searchIndexFile } from './search/index-file'
import { startSearchEngine } from './search/search-engine'
import { lockDataDir, probeWritable } from '../hosts/data-dir'
import type { DurableFs } from './store/durable-fs'
import { NodeDocumentStorage, removeStaleTempFiles } from './store/node-document-storage'

export interface BackendOptions {
  dataDir: string
  seedsDir: string
  now?: () => Date
  /** Take the one-process-per-data-folder lock (off only for tests that open a folder twice on purpose). */
  lock?: boolean
  /** The file operations every document write goes through (tests inject disk faults here). */
  fs?: DurableFs
  /** Where import parsing and the search index run: worker threads (default) or this thread. */
  workers?: 'threads' | 'inline'
  /**
   * 'auto' (the app, browser mode): entity discovery reads the whole library in the background at
   * start and again after each import, removal and registry change. 'manual' (default; the CLI and
   * tests): only when `newNames.refresh()` is called.
   */
  discovery?: 'auto' | 'manual'
  /**
   * 'at-start' (the desktop app, whose library desk asks for the search status as it opens): the
   * search worker starts and opens the saved indexes while the library is listed. 'on-demand'
   * (default; the CLI, browser mode, tests): the worker starts when search is first asked for.
   */
  search?: 'at-start' | 'on-demand'
  /** How the library-wide discovery runs (default: inline here, the word list cached in the data folder). */
  discover?: DiscoverLibrary
  /** How long one file's parse may run before its worker is terminated (default PARSE_DEADLINE_MS). */
  parseDeadlineMs?: number
}

/**
 * Everything the API handlers stand on: the corpus in memory and the user's documents on disk.
 * Opened once per process by the Electron shell or the browser-mode server.
 */
export interface Backend {
  readonly dataDir: string
  readonly now: () => Date
  readonly notices: readonly StoreNotice[]
  /** Every notice so far; later notices are counted from here on. */
  allNotices(): StoreNotice[]
  /** Notices raised since the last call (the UI asks after loading data, to show what the store found). */
  takeNotices(): StoreNotice[]
  readonly settings: StoredDocument<SettingsDocument>
  readonly annotations: AnnotationsStore
  readonly highlights: HighlightsService
  readonly entities: EntitiesService
  /** The "new names" inbox: what entity discovery proposes across the library. */
  readonly newNames: NewNamesService
  readonly notes: NotesService
  /** The story's figures across sources, and the user's decisions about them (figures.json). */
  readonly figures: FiguresService
  /** The articles in memory (seeds and imports), changed by imports and removals. */
  readonly corpus: LibraryCorpus
  /** Import, removal, library facets and search. */
  readonly librarian: Librarian
  articles(): readonly Article[]
  /**
   * Resolves once the background pass has read and checked the text of every article the manifest
   * listed (and let it go: texts are read when used and kept in a bounded cache, see text-cache.ts)
   * and corrected what changed on disk meanwhile. The pass starts once the mention index is read.
   */
  readonly textsRead: Promise<void>
  /** Resolves once the saved mention index is read (an article asked for before is scanned, as without it). */
  readonly mentionsRead: Promise<void>
  /**
   * Resolves once the caches read at start-up in the background have been checked (the library's
   * manifest is checked before opening ends, the mention index after): what they found damaged is
   * among the notices by then, for the UI to tell at start rather than at the next article opened.
   */
  readonly startupChecked: Promise<void>
  library(): Library
  article(id: string): Article | undefined
  close(): Promise<void>
}

export async function openBackend(options: BackendOptions): Promise<Backend> {
  const { dataDir, seedsDir } = options
  const notices: StoreNotice[] = []
  // Each distinct notice once: a read-only folder refuses every save, and the report must not grow with them.
  const onNotice = (n: StoreNotice): void => {
    if (!notices.some((known) => JSON.stringify(known) === JSON.stringify(n))) notices.push(n)
  }

  const probe = await probeWritable(dataDir)
  let release = async (): Promise<void> => {}
  if (probe.writable) {
    if (options.lock !== false) release = await lockDataDir(dataDir)
    await removeStaleTempFiles(dataDir)
  } else {
    notices.push({ kind: 'not-writable', document: dataDir, reason: probe.reason })
  }

  const { fs } = options
  const settings = await openStoredDocument(settingsSpec, dataDir, onNotice, options)
  const figuresDoc = await openStoredDocument(figuresSpec, dataDir, onNotice, options)

  const searchFiles = { file: searchIndexFile(dataDir), articles: articleIndexFile(dataDir) }
  const searchEngine = startSearchEngine(options.workers ?? 'threads', options.search === 'at-start' ? searchFiles : null)
  // Its thread would keep the process alive: a start that fails from here on ends it.
  const orClose = <T>(step: Promise<T>): Promise<T> =>
    step.catch(async (error: unknown) => {
      await searchEngine.close()
      throw error
    })
  const rebuilt = (index: 'library' | 'mentions', document: string) => (reason: string) => onNotice({ kind: 'index-rebuilt', index, document, reason })
  const { corpus, store: importStore, manifest, settleTexts } = await orClose(
    loadLibrary(seedsDir, dataDir, {
      ...(fs ? { fs } : {}),
      onManifestDamaged: rebuilt('library', manifestDir(dataDir)),
    }),
  )

  const now = options.now ?? (() => new Date())
  let delivered = 0
  const article = (id: string): Article | undefined => corpus.article(id)
  const annotations = new AnnotationsStore(dataDir, onNotice, options.now, fs)
  const notes = new NotesService({ dataDir, onNotice, now, newId: randomUUID, ...(fs ? { fs } : {}) })
  if (probe.writable)
    await orClose(Promise.all([annotations.removeStaleTempFiles(), notes.collection.removeStaleTempFiles(), importStore.removeStaleTempFiles()]))
  const highlights = new HighlightsService({ annotations, article, now, newId: randomUUID })
  const registry = await orClose(openRegistry(dataDir, seedsDir, onNotice, options.now, fs))
  // Read in the background: an article asked for before it is read is scanned, as without it.
  const savedScans = new SavedScans(dataDir, rebuilt('mentions', mentionsDir(dataDir)))
  const scansRead = savedScans.load().catch(() => {})
  corpus.onChange((change) => change.removed.forEach((id) => savedScans.delete(id)))
  const entities: EntitiesService = new EntitiesService({
    // newNames is made right below, with the registry this service keeps; it answers only later.
    discovered: (articleId): Suggestion[] | undefined => newNames.suggestionsIn(articleId),
    // The librarian is made below, with the search worker that scans huge articles.
    scanOffThread: (text, skip, registry, version) => librarian.scanArticle(text, skip, registry, version),
    doc: registry,
    savedScans,
    finder: createEntityFinder(),
    articles: () => corpus.articles(),
    article,
    now,
    newId: randomUUID,
    retarget: async (sourceId, target) => {
      await highlights.retagEntity(sourceId, target?.id ?? null)
      await notes.retargetEntity(sourceId, target?.id ?? null, target ? target.nameAr || target.nameLatin : undefined)
    },
  })
  const runner = discoveryRunner({ lexiconCache: lexiconCacheFile(dataDir) })
  const newNames: NewNamesService = new NewNamesService({
    entities,
    doc: registry,
    articles: () => corpus.articles(),
    article,
    discover: options.discover ?? (options.workers === 'inline' ? discoverInline(lexiconCacheFile(dataDir)) : discoverInWorker(runner)),
  })
  const rediscover = (): void => void newNames.refresh()
  if (options.discovery === 'auto') {
    entities.onChange(rediscover)
    corpus.onChange(rediscover)
  }
  const librarian: Librarian = new Librarian({
    corpus,
    store: importStore,
    annotations,
    highlights,
    notes,
    entities,
    now,
    ...(options.workers ? { workers: options.workers } : {}),
    ...(options.parseDeadlineMs ? { parseDeadlineMs: options.parseDeadlineMs } : {}),
    searchEngine,
    searchIndex: {
      ...searchFiles,
      onRebuilt: (reason) => onNotice({ kind: 'index-rebuilt', index: 'search', document: searchIndexFile(dataDir), reason }),
    },
  })
  // Everything that listens to the corpus is in place: the texts the manifest left out can be read,
  // once the mention index is (read together at 100,000 articles, the two took the process's peak
  // RSS to 1,368 MB; one after the other, 608 MB).
  const stopSettling = new AbortController()
  const settled = scansRead.then(() => settleTexts(stopSettling.signal)).catch(() => {})
  // Discovery reads every text: once the background pass has corrected what changed on disk, not before.
  if (options.discovery === 'auto') void settled.then(rediscover)
  return {
    dataDir,
    now,
    notices,
    allNotices: () => notices.slice(0, (delivered = notices.length)),
    takeNotices: () => notices.slice(delivered, (delivered = notices.length)),
    settings,
    annotations,
    highlights,
    entities,
    newNames,
    notes,
    figures: new FiguresService({ doc: figuresDoc, entities, articles: () => corpus.articles(), now, newId: randomUUID }),
    corpus,
    librarian,
    articles: () => corpus.articles(),
    library: (): Library => corpus.library(),
    article,
    textsRead: settled,
    mentionsRead: scansRead,
    startupChecked: scansRead,
    close: async () => {
      stopSettling.abort()
      await settled
      await manifest.close()
      await scansRead
      await savedScans.close()
      await librarian.close()
      // Ending the discovery thread first ends a pass still running (a cold word list takes seconds).
      await runner.close()
      await newNames.settled()
      await release()
    },
  }
}

/** Opens a small document of the data folder (settings, figures) with the durable adapter. */
async function openStoredDocument<T extends { schemaVersion: number }>(
  spec: DocumentSpec<T>,
  dataDir: string,
  onNotice: (n: StoreNotice) => void,
  options: Pick<BackendOptions, 'now' | 'fs'>,
): Promise<StoredDocument<T>> {
  const storage = new NodeDocumentStorage<T>(dataDir, spec.name, { ...(options.now ? { now: options.now } : {}), ...(options.fs ? { fs: options.fs } : {}) })
  const opened = await openDocument(spec, storage)
  opened.notices.forEach(onNotice)
  return new StoredDocument(opened.low, spec.name, opened.readOnly, onNotice)
}
