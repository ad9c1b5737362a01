import { reason } from '../../core/corpus/reasons'
import { loadCorpusDir } from './corpus-loader'
import { ImportStore } from '../import/import-store'
import { parseImport } from '../import/parse-import'
import { LibraryCorpus, type LibraryEntry } from './library-corpus'
import type { DurableFs } from '../store/durable-fs'

/**
 * The library at start-up: the bundled seeds, then the user's imports (read through the parse
 * used at import time, saved pages from their extraction cache). An import whose id a seed took
 * (a newer app version bundling a file of the same name) is listed as unreadable, not hidden.
 */
export async function loadLibrary(seedsDir: string, dataDir: string, fs?: DurableFs): Promise<{ corpus: LibraryCorpus; store: ImportStore }> {
  const seeds = await loadCorpusDir(seedsDir)
  const store = new ImportStore(dataDir, fs)
  const imported = await store.loadAll(parseImport)
  const seedIds = new Set(seeds.articles.map((a) => a.id.toLowerCase()))
  const entries: LibraryEntry[] = seeds.articles.map((article) => ({ article, origin: 'bundled' }))
  const errors = [...seeds.errors, ...imported.errors]
  for (const entry of imported.entries) {
    if (!seedIds.has(entry.article.id.toLowerCase())) entries.push(entry)
    else errors.push({ id: entry.article.id, sourceFile: entry.article.meta.sourceFile, code: 'unreadable', message: 'A bundled article has the same name; rename the file in the imports folder.', reason: reason('name-clash') })
  }
  return { corpus: new LibraryCorpus(entries, errors), store }
}
