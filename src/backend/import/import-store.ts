import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { fsReason } from '../../core/corpus/reasons'
import type { Article, CorpusError } from '../../core/corpus/types'
import { ARTICLE_EXTENSIONS } from '../library/corpus-loader'
import { whenUserIdle } from '../store/foreground'
import { forEachInTurns, yieldIfBusy } from '../store/in-turns'
import { lazyArticle, shapeOf, type ArticleBody, type BodySource } from '../library/lazy-text'
import type { TextCache } from '../library/text-cache'
import type { LibraryEntry } from '../library/library-corpus'
import type { ListedFiles } from '../library/library-manifest'
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

type Parse = (id: string, name: string, bytes: Uint8Array) => ParsedImport

/** One original read: its article, or why it cannot be one. */
export type ReadImport = { entry?: LibraryEntry; error?: CorpusError }

export interface LoadedImports {
  entries: LibraryEntry[]
  errors: CorpusError[]
  /** Files whose article came from the manifest: their text is read when needed, and checked in the background. */
  fromManifest: string[]
  /** Whether the manifest listed exactly the files there are (else it is written again). */
  inStep: boolean
  /** Where the imported articles' bodies are read again (and kept a while). */
  source: BodySource
}


/** Originals read at once at start-up: as in the seeds' loader (corpus-loader.ts). */
const LOAD_CONCURRENCY = 32

/** `stemOf(name) === id`, without a regular expression per file (100,000 of them at start-up). */
const isStemOf = (id: string, name: string): boolean => name.length > id.length && name.startsWith(id) && name.lastIndexOf('.') === id.length

const bytesHash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')
const isArticleFile = (name: string): boolean => ARTICLE_EXTENSIONS.has(name.slice(name.lastIndexOf('.')).toLowerCase())

/** The folder of imported originals (`<dataDir>/imports/`): what survives a restart. */
export class ImportStore {
  readonly dir: string
  private readonly cacheDir: string
  /** The stored files' stems: made lower case for `hasStem` when an import first asks (or `prepareForImports`), not at start-up. */
  private stems: { names: readonly string[]; lowerCase: Set<string> | null } = { names: [], lowerCase: new Set() }
  /** What the saved-page cache held at start (and was written since). */
  private inCache = new Set<string>()
  private stale: (name: string) => void = () => {}

  constructor(
    dataDir: string,
    private readonly fs: DurableFs = nodeDurableFs,
  ) {
    this.dir = join(dataDir, 'imports')
    this.cacheDir = join(this.dir, '.articles')
  }

  /** True when a stored file has this stem (ids are file stems), compared without case. */
  hasStem(stemLowerCase: string): boolean {
    return this.lowerCaseStems().has(stemLowerCase)
  }

  private lowerCaseStems(): Set<string> {
    this.stems.lowerCase ??= new Set(this.stems.names.map((n) => stemOf(n).toLowerCase()))
    return this.stems.lowerCase
  }

  /** Makes what an import asks ready in the background, a slice at a time, so the first import does not wait for it. */
  async prepareForImports(): Promise<void> {
    if (this.stems.lowerCase) return
    const stems = this.stems
    const lowerCase = new Set<string>()
    await forEachInTurns(stems.names, (name) => lowerCase.add(stemOf(name).toLowerCase()))
    // An import that asked meanwhile made them already (and may have added to them since).
    if (this.stems === stems) stems.lowerCase ??= lowerCase
  }

  /**
   * Reads every imported original (at start-up), through the cache for saved pages, in file-name
   * order. Files are read 32 at a time (one at a time, 10,000 imports took 11–13 s to open on the busy
   * 2-core bench machine, 32 at a time 5–7 s), and the cache is asked only for the files it holds.
   */
  async loadAll(parse: Parse, cache: TextCache, manifest: ListedFiles = new Map()): Promise<LoadedImports> {
    const source = this.bodySource(parse, cache)
    let names: string[]
    try {
      // Names only (100,000 directory entries as objects cost the thread ~50 ms); one that is not a
      // regular file is left out when read (loadOne), or by the background pass if the manifest lists it.
      names = (await fsp.readdir(this.dir)).filter((name) => !name.startsWith('.') && isArticleFile(name)).sort()
    } catch {
      return { entries: [], errors: [], fromManifest: [], inStep: manifest.size === 0, source }
    }
    this.stems = { names, lowerCase: null }
    this.inCache = new Set(await fsp.readdir(this.cacheDir).catch(() => [] as string[]))
    // In file-name order: the manifest's articles made lazy, the others read and parsed as at import time.
    const slots = new Array<ReadImport>(names.length)
    const toRead: number[] = []
    const fromManifest: string[] = []
    await forEachInTurns(names.keys(), (at) => {
      const name = names[at] as string
      const known = manifest.get(name)
      if (!known || !isStemOf(known.article.id, name)) return void toRead.push(at)
      fromManifest.push(name)
      const entry: LibraryEntry = { article: lazyArticle(known.article, source), origin: 'imported' }
      if (known.addedAt) entry.addedAt = known.addedAt
      slots[at] = { entry }
    })
    // Each made lazy at once: a first start holds no more text than the cache.
    const unlisted = toRead.map((at) => names[at] as string)
    let next = 0 // readListed answers in the order of the names given
    await this.readListed(unlisted, parse, (_, r) => void (slots[toRead[next++] as number] = r.entry ? { entry: this.lazyEntry(r.entry, source) } : r))
    const entries: LibraryEntry[] = []
    const errors: CorpusError[] = []
    await forEachInTurns(slots, (r) => {
      if (r?.entry) entries.push(r.entry)
      else if (r?.error) errors.push(r.error)
    })
    return { entries, errors, fromManifest, inStep: unlisted.length === 0 && manifest.size === names.length, source }
  }

  /**
   * Reads files listed by the manifest again, in the background after start: `each` gets what the
   * file holds now (an entry, or why it cannot be read), to fill in the text or correct the library.
   */
  async readListed(names: string[], parse: Parse, each: (name: string, read: ReadImport) => void, signal?: AbortSignal): Promise<void> {
    for (let at = 0; at < names.length && !signal?.aborted; at += LOAD_CONCURRENCY * 4) {
      const batch = names.slice(at, at + LOAD_CONCURRENCY * 4)
      // A background pass: it gives way while the user waits for an answer (foreground.ts).
      const read = await this.readEach(batch, parse, whenUserIdle)
      batch.forEach((name, i) => each(name, read[i] as ReadImport))
    }
  }

  /** Files read `LOAD_CONCURRENCY` at a time, the results in the order of `names`; `before` each read. */
  private async readEach(names: string[], parse: Parse, before?: () => Promise<void>): Promise<ReadImport[]> {
    const results = new Array<ReadImport>(names.length)
    let next = 0
    const reader = async (): Promise<void> => {
      while (next < names.length) {
        await before?.()
        if (next >= names.length) break
        const index = next++
        const name = names[index] as string
        results[index] = await this.loadOne(name, this.inCache.has(`${name}.json`), parse)
      }
    }
    await Promise.all(Array.from({ length: Math.min(LOAD_CONCURRENCY, names.length) }, reader))
    return results
  }

  /**
   * An article just read from its file, made lazy with its body in the source's cache: it is let go
   * like any other when the cache is full, and read again when needed.
   */
  lazyEntry(entry: LibraryEntry, source: BodySource): LibraryEntry {
    const article = lazyArticle(shapeOf(entry.article), source)
    source.cache.put(article, { text: entry.article.text, blocks: entry.article.blocks })
    return { ...entry, article }
  }

  /**
   * Where the imported articles' texts and blocks are read again: now (a caller reads
   * `article.text`) or without blocking (bulk callers). A file that changed or went unreadable
   * since the article was listed (its `contentHash`) gives what it holds now, and the `onStale`
   * listener hears of it to put the whole new article in place, as the background pass does.
   */
  bodySource(parse: Parse, cache: TextCache): BodySource {
    const checked = (article: Article, read: Pick<Article, 'text' | 'blocks' | 'contentHash'> | null): ArticleBody => {
      if (read?.contentHash !== article.contentHash) this.stale(article.meta.sourceFile)
      return read ? { text: read.text, blocks: read.blocks } : { text: '', blocks: [] }
    }
    const body = (article: Article, bytes: Uint8Array, cachedJson: string | null): ArticleBody => {
      const name = article.meta.sourceFile
      if (cachedJson !== null) {
        const data = JSON.parse(cachedJson) as CachedArticle
        if (data.version === EXTRACTOR_VERSION && data.sha256 === bytesHash(bytes)) return checked(article, data.article)
      }
      const parsed = parse(stemOf(name), name, bytes)
      return checked(article, parsed.ok ? parsed.article : null)
    }
    const held = (name: string): string | null => (this.inCache.has(`${name}.json`) ? join(this.cacheDir, `${name}.json`) : null)
    return {
      cache,
      now: (article) => {
        const name = article.meta.sourceFile
        try {
          const cached = held(name)
          return body(article, readFileSync(join(this.dir, name)), cached ? readFileSync(cached, 'utf8') : null)
        } catch {
          return checked(article, null)
        }
      },
      later: async (article) => {
        const name = article.meta.sourceFile
        try {
          const cached = held(name)
          return body(article, await fsp.readFile(join(this.dir, name)), cached ? await fsp.readFile(cached, 'utf8') : null)
        } catch {
          return checked(article, null)
        }
      },
    }
  }

  /** Hears of every file found changed or unreadable when an article's text was read again (see bodyReader). */
  onStale(listener: (name: string) => void): void {
    this.stale = listener
  }

  private async loadOne(name: string, cacheHeld: boolean, parse: Parse): Promise<ReadImport> {
    const id = stemOf(name)
    try {
      const path = join(this.dir, name)
      const [stat, bytes] = await Promise.all([fsp.stat(path), fsp.readFile(path).catch((error: unknown) => error)])
      if (!stat.isFile()) return {} // a folder named like an article: not one (as when names came with their types)
      if (!(bytes instanceof Uint8Array)) throw bytes
      const cached = cacheHeld ? await this.cached(name, bytes) : null
      // 32 files arrive at once: parsed within one slice of the thread, not all in one turn.
      await yieldIfBusy()
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
    this.lowerCaseStems().add(stemOf(name).toLowerCase())
    if (article.meta.format === 'html') await this.writeCache(name, bytes, article).catch(() => {})
  }

  /** Temp files a killed import left in the folder or in its cache, removed at start like the documents' own. */
  async removeStaleTempFiles(): Promise<string[]> {
    return [...(await removeStaleTempFiles(this.dir)), ...(await removeStaleTempFiles(this.cacheDir))]
  }

  async delete(name: string): Promise<void> {
    await fsp.rm(join(this.dir, name))
    this.lowerCaseStems().delete(stemOf(name).toLowerCase())
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
    this.inCache.add(`${name}.json`)
  }
}
