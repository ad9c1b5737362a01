import { SearchIndex, SnapshotMismatchError } from '../../core/search/search-index'
import { searchKinds, type SearchDoc, type SearchKind, type SearchOptions, type SearchResults } from '../../core/search/types'
import { readIndexFile, writeIndexFile } from './index-file'

/** Each kind's documents with the version they were indexed at (what a loaded index holds). */
export type IndexedVersions = Record<SearchKind, { ref: string; version: string | undefined }[]>

/** `damaged`: a file was there and could not be used (the user is told); else none, or one from another version. */
export type LoadedIndex = { ok: true; versions: IndexedVersions } | { ok: false; damaged: boolean; reason: string }

/**
 * Article text is indexed but not kept here: the library holds it, and the search service cuts an
 * article hit's snippets from it. A saved index then holds no text either.
 */
const TEXTLESS: readonly SearchKind[] = ['article']

const clock = (): number => performance.now()

/**
 * What the search worker serves: one index, filled in batches and kept up to date document by
 * document, saved to and loaded from a file (the worker reads and writes it, so neither the
 * parse nor the serialisation of a large index holds up the main process). Also run in the
 * calling thread when a worker cannot start.
 */
export function createSearchMethods() {
  let index = new SearchIndex(clock, TEXTLESS)
  return {
    put: (docs: SearchDoc[]): number => {
      for (const doc of docs) index.put(doc)
      return index.size
    },
    remove: (refs: { kind: SearchKind; ref: string }[]): number => {
      for (const { kind, ref } of refs) index.remove(kind, ref)
      return index.size
    },
    search: (query: string, options: SearchOptions): SearchResults => index.search(query, options),
    /**
     * Runs a few throw-away queries once the first build is done, so the first one a person types
     * does not pay for compiling the query paths (measured: 45–120 ms cold, 10–30 ms warm).
     */
    warm: (words: string[]): number => {
      const [a = 'ا', b = 'ب'] = words
      for (const q of [a, `${a} ${b}`, `${a.slice(0, 3)}`, `${b}x${a}`]) index.search(q, { limit: 5 })
      return index.size
    },
    size: (): number => index.size,
    /** Replaces the index with the one saved at `path`; when it cannot be used, starts empty and says why. */
    load: async (path: string): Promise<LoadedIndex> => {
      const read = await readIndexFile(path)
      index = new SearchIndex(clock, TEXTLESS)
      if (!read.ok) return read
      try {
        index = new SearchIndex(clock, TEXTLESS, read.snapshot)
      } catch (error) {
        // Another version's index is expected after an upgrade; anything else is a damaged file.
        return { ok: false, damaged: !(error instanceof SnapshotMismatchError), reason: error instanceof Error ? error.message : String(error) }
      }
      const versions = Object.fromEntries(searchKinds.map((kind) => [kind, index.versions(kind)])) as IndexedVersions
      return { ok: true, versions }
    },
    save: async (path: string): Promise<number> => {
      await writeIndexFile(path, index.snapshot())
      return index.size
    },
  }
}

export type SearchMethods = ReturnType<typeof createSearchMethods>
