import { discoverNames } from '../../core/entities/discovery/discover'
import type { Lexicon } from '../../core/entities/discovery/lexicon'
import type { DiscoveredName } from '../../core/entities/discovery/types'
import { loadArabicLexicon } from '../discovery/arabic-lexicon'
import { checkDiscoveryRequest, type DiscoveryRequest } from '../discovery/discovery-request'

/**
 * What the discovery worker serves: the library-wide pass of entity discovery. The Arabic word list
 * is loaded on the first call (from the compact cache: ~20 ms; the first time ever it is decoded from
 * its package: ~2 s, ~140 MB) and kept for the thread's life. Also run in the calling thread when
 * no worker is wanted (tests, `workers: 'inline'`).
 */
export function createDiscoveryMethods(lexiconCache?: string) {
  let loaded: { cache: string | undefined; lexicon: Lexicon } | undefined
  const lexiconFor = (cache: string | undefined): Lexicon => {
    if (!loaded || loaded.cache !== cache) loaded = { cache, lexicon: loadArabicLexicon(cache) }
    return loaded.lexicon
  }
  return {
    discover: (request: DiscoveryRequest): DiscoveredName[] => {
      const { texts, registryNames = [], ignored = [], lexiconCache: cache = lexiconCache } = checkDiscoveryRequest(request)
      return discoverNames(texts, { lexicon: lexiconFor(cache), registryNames, ignored: new Set(ignored) })
    },
    /** Loads the word list now (so the first discovery does not wait for it); answers how long it took. */
    warm: (cache: string | undefined = lexiconCache): number => {
      const started = performance.now()
      lexiconFor(cache)
      return performance.now() - started
    },
  }
}

export type DiscoveryMethods = ReturnType<typeof createDiscoveryMethods>
