import { SearchIndex } from '../../core/search/search-index'
import type { SearchDoc, SearchKind, SearchOptions, SearchResults } from '../../core/search/types'

/**
 * What the search worker serves: one index, filled in batches and kept up to date document by
 * document. Also run in the calling thread when a worker cannot start.
 */
export function createSearchMethods() {
  const index = new SearchIndex(() => performance.now())
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
  }
}

export type SearchMethods = ReturnType<typeof createSearchMethods>
