import { createHash } from 'node:crypto'
import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { fsReason } from '../../core/corpus/reasons'
import type { Article, CorpusError } from '../../core/corpus/types'
import { ARTICLE_EXTENSIONS } from '../library/corpus-loader'
import type { LibraryEntry } from '../library/library-corpus'
import { nodeDurableFs, type DurableFs } from '../store/durable-fs'
import { writeFileDurably } from '../store/durable-write'
import { removeStaleTempFiles } from '../store/node-document-storage'
import { describeFsError } from '../store/fs-errors'
import type { ParsedImport } from './parse-import'
import { stemOf } from './import-names'

/**
 * Extracting a saved page takes jsdom ~50 ms; the result is kept beside the original
 * (`imports/.articles/<name>.json`) so a start-up with many imported pages does not redo it.
 * The cache is trusted only for the same bytes and the same extractor version (2: articles carry
 * `sameTextHash`, pages nested too deep are flattened before extraction, and titles lose their
 * control characters; caches of version 1 are extracted again once).
 */
const EXTRACTOR_VERSION = 2

interface CachedArticle {
  version: number
  sha256: string
  article: Article
}

/** Originals read at once at start-up: as in the seeds' loader (corpus-loader.ts). */
const LOAD_CONCURRENCY = 32

const bytesHash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')
const isArticleFile = (name: string): boolean => ARTICLE_EXTENSIONS.has(name.slice(name.lastIndexOf('.')).toLowerCase())

/** The folder of imported originals (`<dataDir>/imports/`): what survives a restart. */
export class ImportStore {
  readonly dir: string
  private readonly cacheDir: string
  private names = new Set<string>()

  constructor(
    dataDir: string,
    private readonly fs: DurableFs = nodeDurableFs,
  ) {
    this.dir = join(dataDir, 'imports')
    this.cacheDir = join(this.dir, '.articles')
  }

  /** True when a stored file has this stem (ids are file stems), compared without case. */
  hasStem(stemLowerCase: string): boolean {
    return this.names.has(stemLowerCase)
  }

  /**
   * Reads every imported original (at start-up), through the cache for saved pages, in file-name
   * order. Files are read 32 at a time (one at a time, 10,000 imports took 11–13 s to open on the busy
   * 2-core bench machine, 32 at a time 5–7 s), and the cache is asked only for the files it holds.
   */
  async loadAll(parse: (id: string, name: string, bytes: Uint8Array) => ParsedImport): Promise<{ entries: LibraryEntry[]; errors: CorpusError[] }> {
    let names: string[]
    try {
      names = (await fsp.readdir(this.dir, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.') && isArticleFile(e.name)).map((e) => e.name).sort()
    } catch {
      return { entries: [], errors: [] }
    }
    this.names = new Set(names.map((n) => stemOf(n).toLowerCase()))
    const inCache = new Set(await fsp.readdir(this.cacheDir).catch(() => [] as string[]))
    const results = new Array<{ entry?: LibraryEntry; error?: CorpusError }>(names.length)
    let next = 0
    const reader = async (): Promise<void> => {
      while (next < names.length) {
        const index = next++
        const name = names[index] as string
        results[index] = await this.loadOne(name, inCache.has(`${name}.json`), parse)
      }
    }
    await Promise.all(Array.from({ length: Math.min(LOAD_CONCURRENCY, names.length) }, reader))
    const entries: LibraryEntry[] = []
    const errors: CorpusError[] = []
    for (const r of results) {
      if (r.entry) entries.push(r.entry)
      else if (r.error) errors.push(r.error)
    }
    return { entries, errors }
  }

  private async loadOne(name: string, cacheHeld: boolean, parse: (id: string, name: string, bytes: Uint8Array) => ParsedImport): Promise<{ entry?: LibraryEntry; error?: CorpusError }> {
    const id = stemOf(name)
    try {
      const path = join(this.dir, name)
      const [bytes, stat] = await Promise.all([fsp.readFile(path), fsp.stat(path)])
      const cached = cacheHeld ? await this.cached(name, bytes) : null
      const parsed: ParsedImport = cached ? { ok: true, article: cached, warnings: [] } : parse(id, name, bytes)
      if (!parsed.ok) return { error: parsed.error }
      if (!cached && parsed.article.meta.format === 'html') await this.writeCache(name, bytes, parsed.article).catch(() => {})
      return { entry: { article: parsed.article, origin: 'imported', addedAt: stat.mtime.toISOString() } }
    } catch (error) {
      return { error: { id, sourceFile: name, code: 'unreadable', message: describeFsError('read', name, error).message, reason: fsReason('read-failed', error) } }
    }
  }

  /** Stores an original: durably (temp file, fsync, rename, folder fsync) before the article is shown. */
  async save(name: string, bytes: Uint8Array, article: Article): Promise<void> {
    await fsp.mkdir(this.dir, { recursive: true })
    await writeFileDurably(this.fs, join(this.dir, name), bytes)
    this.names.add(stemOf(name).toLowerCase())
    if (article.meta.format === 'html') await this.writeCache(name, bytes, article).catch(() => {})
  }

  /** Temp files a killed import left in the folder or in its cache, removed at start like the documents' own. */
  async removeStaleTempFiles(): Promise<string[]> {
    return [...(await removeStaleTempFiles(this.dir)), ...(await removeStaleTempFiles(this.cacheDir))]
  }

  async delete(name: string): Promise<void> {
    await fsp.rm(join(this.dir, name))
    this.names.delete(stemOf(name).toLowerCase())
    await fsp.rm(join(this.cacheDir, `${name}.json`), { force: true }).catch(() => {})
  }

  private async cached(name: string, bytes: Uint8Array): Promise<Article | null> {
    try {
      const data = JSON.parse(await fsp.readFile(join(this.cacheDir, `${name}.json`), 'utf8')) as CachedArticle
      return data.version === EXTRACTOR_VERSION && data.sha256 === bytesHash(bytes) && data.article?.id === stemOf(name) ? data.article : null
    } catch {
      return null
    }
  }

  private async writeCache(name: string, bytes: Uint8Array, article: Article): Promise<void> {
    await fsp.mkdir(this.cacheDir, { recursive: true })
    const record: CachedArticle = { version: EXTRACTOR_VERSION, sha256: bytesHash(bytes), article }
    await fsp.writeFile(join(this.cacheDir, `${name}.json`), JSON.stringify(record))
  }
}
