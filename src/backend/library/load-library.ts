import { reason } from '../../core/corpus/reasons'
import { loadCorpusDir } from './corpus-loader'
import { ImportStore, type ReadImport } from '../import/import-store'
import { stemOf } from '../import/import-names'
import { parseImport } from '../import/parse-import'
import { forEachInTurns } from '../store/in-turns'
import { LibraryCorpus, type LibraryEntry } from './library-corpus'
import { LibraryManifest } from './library-manifest'
import { TextCache } from './text-cache'
import type { DurableFs } from '../store/durable-fs'

export interface LoadLibraryOptions {
  /** The file operations the import store writes through (tests inject faults). */
  fs?: DurableFs
  /** Where imported texts are kept while used (default: a TextCache of TEXT_CACHE_CHARS). */
  texts?: TextCache
  /** The manifest had damaged shards: the library is read from the files as without them, and the user is told. */
  onManifestDamaged?(reason: string): void
}

export interface LoadedLibrary {
  corpus: LibraryCorpus
  store: ImportStore
  /** Keeps the manifest (index/library/) in step with the imports (close it when closing the library). */
  manifest: LibraryManifest
  /**
   * Reads the texts of the articles the manifest listed, in the background, checks them and lets
   * them go, and corrects the library where a file changed or went unreadable while the app was
   * closed; meanwhile makes the lookups an import asks (not made at start-up). Call once, after
   * everything that listens to the corpus is in place; abort `signal` to stop it (closing).
   */
  settleTexts(signal?: AbortSignal): Promise<void>
  /** The imported articles' bodies in memory (bounded: see text-cache.ts). */
  texts: TextCache
}

/**
 * The library at start-up: the bundled seeds, then the user's imports. Imports come from the
 * manifest (index/library/*.json: every imported article but its text and blocks) when it lists them, their
 * text read when needed and kept in a bounded cache (`texts`); the files it does not list are read and parsed as at import time
 * (saved pages from their extraction cache). An import whose id a seed took (a newer app version
 * bundling a file of the same name) is listed as unreadable, not hidden.
 */
export async function loadLibrary(seedsDir: string, dataDir: string, options: LoadLibraryOptions = {}): Promise<LoadedLibrary> {
  const { texts = new TextCache() } = options
  const seeds = await loadCorpusDir(seedsDir)
  const store = new ImportStore(dataDir, options.fs)
  const manifest = new LibraryManifest(dataDir, options.onManifestDamaged)
  const imported = await store.loadAll(parseImport, texts, await manifest.read())
  const seedIds = new Set(seeds.articles.map((a) => a.id.toLowerCase()))
  const entries: LibraryEntry[] = seeds.articles.map((article) => ({ article, origin: 'bundled' }))
  const errors = [...seeds.errors, ...imported.errors]
  await forEachInTurns(imported.entries, (entry) => {
    if (!seedIds.has(entry.article.id.toLowerCase())) entries.push(entry)
    else errors.push({ id: entry.article.id, sourceFile: entry.article.meta.sourceFile, code: 'unreadable', message: 'A bundled article has the same name; rename the file in the imports folder.', reason: reason('name-clash') })
  })
  const corpus = await LibraryCorpus.of(entries, errors)
  await manifest.follow(corpus, imported.inStep)
  // What a file holds now against what the library lists: the same text is checked and let go
  // (the cache keeps what is being read, not the library); a changed or unreadable file wins.
  const correct = (name: string, read: ReadImport): void => {
    const current = corpus.entry(stemOf(name))
    if (!current || current.origin !== 'imported') return
    if (read.error) corpus.fail(read.error)
    else if (read.entry && read.entry.article.contentHash !== current.article.contentHash) corpus.replace(store.lazyEntry(read.entry, imported.source))
  }
  // A text read again from its file (evicted, or never read) that is not the one listed: corrected
  // as the background pass would, after the read that found it (listeners must not run inside a getter).
  store.onStale((name) => void store.readListed([name], parseImport, correct).catch(() => {}))
  const settleTexts = async (signal?: AbortSignal): Promise<void> => {
    await Promise.all([store.readListed(imported.fromManifest, parseImport, correct, signal), store.prepareForImports(), corpus.prepareForImports()])
  }
  return { corpus, store, manifest, settleTexts, texts }
}
