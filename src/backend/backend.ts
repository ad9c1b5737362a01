import type { Article } from '../core/corpus/types'
import type { StoreNotice } from '../core/store/notices'
import { openDocument } from '../core/store/open-document'
import { settingsSpec, type SettingsDocument } from '../core/store/settings'
import { StoredDocument } from '../core/store/stored-document'
import type { ArticleSummary, Library } from '../shared/api'
import { randomUUID } from 'node:crypto'
import { AnnotationsStore } from './annotations-store'
import { EntitiesService } from './entities-service'
import { createEntityFinder } from './entity-finder'
import { HighlightsService } from './highlights-service'
import { NotesService } from './notes-service'
import { openRegistry } from './open-registry'
import { loadCorpusDir, type LoadedCorpus } from './corpus-loader'
import { lockDataDir, probeWritable } from './data-dir'
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
  readonly notes: NotesService
  articles(): readonly Article[]
  library(): Library
  article(id: string): Article | undefined
  close(): Promise<void>
}

const summarize = (a: Article): ArticleSummary => ({ id: a.id, meta: a.meta, stats: a.stats, contentHash: a.contentHash })

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
  const storage = new NodeDocumentStorage<SettingsDocument>(dataDir, settingsSpec.name, {
    ...(options.now ? { now: options.now } : {}),
    ...(fs ? { fs } : {}),
  })
  const opened = await openDocument(settingsSpec, storage)
  opened.notices.forEach(onNotice)
  const settings = new StoredDocument(opened.low, settingsSpec.name, opened.readOnly, onNotice)

  const corpus: LoadedCorpus = await loadCorpusDir(seedsDir)
  const byId = new Map(corpus.articles.map((a) => [a.id, a]))
  const library: Library = { articles: corpus.articles.map(summarize), failed: corpus.errors }

  const now = options.now ?? (() => new Date())
  let delivered = 0
  const article = (id: string): Article | undefined => byId.get(id)
  const annotations = new AnnotationsStore(dataDir, onNotice, options.now, fs)
  const notes = new NotesService({ dataDir, onNotice, now, newId: randomUUID, ...(fs ? { fs } : {}) })
  if (probe.writable) await Promise.all([annotations.removeStaleTempFiles(), notes.collection.removeStaleTempFiles()])
  const highlights = new HighlightsService({ annotations, article, now, newId: randomUUID })
  const registry = await openRegistry(dataDir, seedsDir, onNotice, options.now, fs)
  const entities = new EntitiesService({
    doc: registry,
    finder: createEntityFinder(),
    articles: () => corpus.articles,
    article,
    now,
    newId: randomUUID,
    retarget: async (sourceId, target) => {
      await highlights.retagEntity(sourceId, target?.id ?? null)
      await notes.retargetEntity(sourceId, target?.id ?? null, target ? target.nameAr || target.nameLatin : undefined)
    },
  })
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
    notes,
    articles: () => corpus.articles,
    library: () => library,
    article,
    close: release,
  }
}
