import { randomUUID } from 'node:crypto'
import * as fsp from 'node:fs/promises'
import type { ImportReport, LibraryFacets, PickedFiles, RemoveMode, RemoveReport } from '../../shared/library-api'
import { err, ok, type Result } from '../../shared/result'
import type { AnnotationsStore } from '../highlights/annotations-store'
import type { EntitiesService } from '../entities/entities-service'
import type { HighlightsService } from '../highlights/highlights-service'
import { ImportService, type IncomingFile } from '../import/import-service'
import type { ImportStore } from '../import/import-store'
import { removeArticle } from '../import/remove-article'
import type { LibraryCorpus } from './library-corpus'
import type { NotesService } from '../notes/notes-service'
import type { SavedIndexOptions } from '../search/saved-index'
import type { SearchEngine } from '../search/search-engine'
import { searchSources } from '../search/search-sources'
import { SearchService } from '../search/search-service'
import { parseMethods, type ParseMethods } from '../import/parse-methods'
import { inThread, type Remote } from '../workers/rpc'
import type { ScanMethods } from '../entities/scan-methods'
import { WorkerClient } from '../workers/worker-client'

export interface LibrarianDeps {
  corpus: LibraryCorpus
  store: ImportStore
  annotations: AnnotationsStore
  highlights: HighlightsService
  notes: NotesService
  entities: EntitiesService
  now(): Date
  /** 'threads' (default): parsing and the search index run in worker threads; 'inline': in this one. */
  workers?: 'threads' | 'inline'
  /** How long one file's parse may run in the worker before it is terminated (threads only). */
  parseDeadlineMs?: number
  /** The search worker, started before the library was listed (search-engine.ts). */
  searchEngine: SearchEngine
  /** Where the search index is saved between runs (none: built from nothing at every start). */
  searchIndex?: SavedIndexOptions
}

/**
 * No accepted file may hold the import queue for more than 5 s: a parse still running after this is
 * stopped (its worker terminated and restarted) and the file reported as too slow. A real saved
 * page takes ~55 ms; a 4 MiB one well under a second.
 */
export const PARSE_DEADLINE_MS = 4000

/** Paths chosen in the desktop dialog are kept here, by pick id: the page never sends a path. */
const MAX_PICKS = 8

/**
 * The library's services over the corpus: import (files, pasted text, the desktop dialog's picks),
 * removal, the facets the library filters on, and search.
 */
export class Librarian {
  readonly imports: ImportService
  readonly search: SearchService
  private readonly picks = new Map<string, string[]>()
  /** The desktop app's open dialog (paths, or null when cancelled); browser mode has none. */
  filePicker: (() => Promise<string[] | null>) | undefined
  private readonly closers: (() => Promise<void>)[] = []

  constructor(private readonly deps: LibrarianDeps) {
    const threads = deps.workers !== 'inline'
    const parseThread = threads ? this.client<ParseMethods>('parse-worker', deps.parseDeadlineMs ?? PARSE_DEADLINE_MS) : null
    const parser = parseThread ? parseThread.remote : inThread(parseMethods)
    const engine = deps.searchEngine.remote
    this.closers.push(() => deps.searchEngine.close())
    this.scanArticle = engine.scanArticle
    this.imports = new ImportService({
      corpus: deps.corpus,
      store: deps.store,
      parser,
      now: deps.now,
      stopParsing: () => parseThread?.stop(),
    })
    this.search = new SearchService(searchSources(deps), engine, async () => {}, deps.searchIndex && { ...deps.searchIndex, opened: deps.searchEngine.opened })
  }

  /** The registry scan of one article, in the search worker (see scan-methods.ts). */
  readonly scanArticle: Remote<ScanMethods>['scanArticle']

  private client<M extends ParseMethods>(entry: 'parse-worker', deadlineMs?: number): WorkerClient<M> {
    const client = new WorkerClient<M>(entry, deadlineMs)
    this.closers.push(() => client.close())
    return client
  }

  importFiles(files: { name: string; data: string }[]): Promise<ImportReport> {
    return this.imports.importFiles(files.map((f) => ({ name: f.name, bytes: new Uint8Array(Buffer.from(f.data, 'base64')) })))
  }

  /** Pasted text becomes a UTF-8 file like any other import; a title becomes its first line. */
  importText(title: string | undefined, text: string): Promise<ImportReport> {
    const heading = title?.trim() ?? ''
    const body = heading ? `${heading}\n\n${text}` : text
    const stamp = this.deps.now().toISOString().slice(0, 19).replace(/[:T]/g, '-')
    const name = `${(heading || 'pasted').slice(0, 60)} ${stamp}.txt`
    return this.imports.importFiles([{ name, bytes: new TextEncoder().encode(body) }])
  }

  /** Remembers paths the desktop dialog returned and tells the page their names and sizes. */
  async pick(paths: string[]): Promise<PickedFiles> {
    const pickId = randomUUID()
    this.picks.set(pickId, paths)
    while (this.picks.size > MAX_PICKS) this.picks.delete(this.picks.keys().next().value as string)
    const files = await Promise.all(
      paths.map(async (path) => ({
        name: path.replace(/^.*[\\/]/, ''),
        size: await fsp.stat(path).then(
          (s) => s.size,
          () => 0,
        ),
      })),
    )
    return { pickId, files }
  }

  async importPicked(pickId: string, indices: number[]): Promise<Result<ImportReport>> {
    const paths = this.picks.get(pickId)
    if (!paths) return err('not-found', 'These files were picked in an earlier dialog; pick them again.')
    const chosen = indices.map((i) => paths[i])
    if (chosen.some((p) => p === undefined)) return err('invalid-request', 'A file index is outside the pick.')
    const files: IncomingFile[] = await this.imports.readPaths(chosen as string[])
    return ok(await this.imports.importFiles(files))
  }

  remove(id: string, mode: RemoveMode): Promise<Result<RemoveReport>> {
    return removeArticle(id, mode, this.deps)
  }

  async facets(): Promise<LibraryFacets> {
    const highlightCounts: Record<string, number> = {}
    for (const [articleId, doc] of await this.deps.annotations.openAll()) {
      if (doc.data.highlights.length > 0 && this.deps.corpus.has(articleId)) highlightCounts[articleId] = doc.data.highlights.length
    }
    return { highlightCounts }
  }

  /**
   * Articles mentioning an entity. Mentions are computed per article (cached by the entities
   * service); the loop yields every 30 ms so 10,000 articles never hold the main process.
   */
  async articlesWithEntity(entityId: string): Promise<Result<string[]>> {
    if (!this.deps.entities.entities.some((e) => e.id === entityId)) return err('not-found', `No entity with id "${entityId}".`)
    const ids: string[] = []
    let slice = performance.now()
    for (const article of this.deps.corpus.articles()) {
      if (this.deps.entities.accepted(article, entityId).length > 0) ids.push(article.id)
      if (performance.now() - slice > 30) {
        await new Promise((resolve) => setImmediate(resolve))
        slice = performance.now()
      }
    }
    return ok(ids)
  }

  async close(): Promise<void> {
    await this.search.close()
    await Promise.all(this.closers.map((close) => close()))
  }
}
