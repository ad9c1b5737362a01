import { reason } from '../../core/corpus/reasons'
import { loadCorpusDir } from './corpus-loader'
import { ImportStore } from '../import/import-store'
import { stemOf } from '../import/import-names'
import { parseImport } from '../import/parse-import'
import { settleBody } from './lazy-text'
import { LibraryCorpus, type LibraryEntry } from './library-corpus'
import { LibraryManifest } from './library-manifest'
import type { DurableFs } from '../store/durable-fs'

export interface LoadedLibrary {
  corpus: LibraryCorpus
  store: ImportStore
  /** Keeps the manifest (index/library/) in step with the imports (close it when closing the library). */
  manifest: LibraryManifest
  /**
   * Reads the texts of the articles the manifest listed, in the background, and corrects the
   * library where a file changed or went unreadable while the app was closed. Call once, after
   * everything that listens to the corpus is in place; abort `signal` to stop it (closing).
   */
  settleTexts(signal?: AbortSignal): Promise<void>
}

/**
 * The library at start-up: the bundled seeds, then the user's imports. Imports come from the
 * manifest (index/library/*.json: every imported article but its text and blocks) when it lists them, their
 * text read when first needed; the files it does not list are read and parsed as at import time
 * (saved pages from their extraction cache). An import whose id a seed took (a newer app version
 * bundling a file of the same name) is listed as unreadable, not hidden.
 */
export async function loadLibrary(seedsDir: string, dataDir: string, fs?: DurableFs): Promise<LoadedLibrary> {
  const seeds = await loadCorpusDir(seedsDir)
  const store = new ImportStore(dataDir, fs)
  const manifest = new LibraryManifest(dataDir)
  const imported = await store.loadAll(parseImport, await manifest.read())
  const seedIds = new Set(seeds.articles.map((a) => a.id.toLowerCase()))
  const entries: LibraryEntry[] = seeds.articles.map((article) => ({ article, origin: 'bundled' }))
  const errors = [...seeds.errors, ...imported.errors]
  for (const entry of imported.entries) {
    if (!seedIds.has(entry.article.id.toLowerCase())) entries.push(entry)
    else errors.push({ id: entry.article.id, sourceFile: entry.article.meta.sourceFile, code: 'unreadable', message: 'A bundled article has the same name; rename the file in the imports folder.', reason: reason('name-clash') })
  }
  const corpus = new LibraryCorpus(entries, errors)
  manifest.follow(corpus, imported.inStep)
  const settleTexts = (signal?: AbortSignal): Promise<void> =>
    store.readListed(imported.fromManifest, parseImport, (name, read) => {
      const current = corpus.entry(stemOf(name))
      if (!current || current.origin !== 'imported') return
      if (read.error) corpus.fail(read.error)
      else if (read.entry && read.entry.article.contentHash === current.article.contentHash) settleBody(current.article, read.entry.article)
      else if (read.entry) corpus.replace(read.entry)
    }, signal)
  return { corpus, store, manifest, settleTexts }
}
