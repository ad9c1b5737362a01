import { getHeapStatistics } from 'node:v8'
import { discoverNames } from '../../core/entities/discovery/discover'
import type { Lexicon } from '../../core/entities/discovery/lexicon'
import type { DiscoveryText } from '../../core/entities/discovery/types'
import { loadArabicLexicon } from './arabic-lexicon'
import { checkDiscoveryRequest, checkTexts, type DiscoveryRequest } from './discovery-request'
import { packNames, type PackedNames } from './packed-names'

/**
 * What the discovery worker serves: the library-wide pass of entity discovery. The Arabic word list
 * is loaded on the first call (from the compact cache: ~30 ms; the first time ever it is decoded from
 * its package: ~2 s, ~190 MB at peak) and kept for the thread's life. A library's texts arrive in
 * batches (`add`, then `discoverAdded`): posting 10,000 articles in one message held the sending
 * thread ~90 ms; the answer comes packed (see packed-names.ts) for the same reason. Also run in the calling thread when no worker is wanted (`workers: 'inline'`).
 */
export function createDiscoveryMethods(lexiconCache?: string) {
  let loaded: { cache: string | undefined; lexicon: Lexicon } | undefined
  const lexiconFor = (cache: string | undefined): Lexicon => {
    if (!loaded || loaded.cache !== cache) loaded = { cache, lexicon: loadArabicLexicon(cache) }
    return loaded.lexicon
  }
  const run = (request: DiscoveryRequest): PackedNames => {
    const { texts, registryNames = [], ignored = [], lexiconCache: cache = lexiconCache } = checkDiscoveryRequest(request)
    return packNames(discoverNames(texts, { lexicon: remembering(lexiconFor(cache)), registryNames, ignored: new Set(ignored) }))
  }
  /** Texts sent ahead for a pass, by pass number, in the order they came. */
  const passes = new Map<number, DiscoveryText[]>()
  return {
    discover: run,
    /**
     * Adds texts to pass `pass`; answers how many it holds. They are checked now, named by their
     * place in the whole request; a bad batch ends the pass, so nothing half-sent stays behind.
     */
    add: (pass: number, texts: DiscoveryText[]): number => {
      const held = passes.get(pass) ?? []
      try {
        checkTexts(texts, held.length)
      } catch (error) {
        passes.delete(pass)
        throw error
      }
      for (const text of texts) held.push(text)
      passes.set(pass, held)
      return held.length
    },
    /** Discovers over the texts added to `pass` (their indices are the order they were added), and forgets them. */
    discoverAdded: (pass: number, request: Omit<DiscoveryRequest, 'texts'>): PackedNames => {
      const texts = passes.get(pass) ?? []
      passes.delete(pass)
      return run({ ...request, texts })
    },
    /** Forgets a pass that will not be finished (a batch could not be sent). */
    drop: (pass: number): void => {
      passes.delete(pass)
    },
    /** Loads the word list now (so the first discovery does not wait for it); answers how long it took. */
    warm: (cache: string | undefined = lexiconCache): number => {
      const started = performance.now()
      lexiconFor(cache)
      return performance.now() - started
    },
    /** The thread's heap now, in bytes: in use (garbage not yet collected included) and the size it grew to. */
    heap: (): { used: number; total: number } => {
      const stats = getHeapStatistics()
      return { used: stats.used_heap_size, total: stats.total_heap_size }
    },
  }
}

/**
 * The word list with one pass's answers remembered: a library asks about the same words again and
 * again (1.6 million questions over 2,000 generated articles), and a trie walk per spelling cost
 * ~15 % of the pass. Dropped with the pass, so it never grows past one library's vocabulary.
 */
function remembering(lexicon: Lexicon): Lexicon {
  const answers = new Map<string, boolean>()
  return {
    knows: (word) => {
      let known = answers.get(word)
      if (known === undefined) answers.set(word, (known = lexicon.knows(word)))
      return known
    },
  }
}

export type DiscoveryMethods = ReturnType<typeof createDiscoveryMethods>
