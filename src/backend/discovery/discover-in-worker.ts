import { markSameNames } from '../../core/entities/discovery/discover'
import type { DiscoveryText } from '../../core/entities/discovery/types'
import { namesOf } from '../../core/entities/compile-names'
import { MentionIndex } from '../../core/entities/mention-index'
import type { DiscoveryRunner } from './discovery-runner'
import type { DiscoverLibrary } from './new-names'

/** Articles scanned for the registry's names between two turns of the event loop. */
const SCANS_PER_TURN = 50

/**
 * The app's library-wide discovery: the registry's mentions are found here, a few dozen articles a
 * turn so requests keep being answered, and the pass itself runs in the discovery thread; which
 * proposals are a known entity spelled otherwise is said here, where the registry is.
 */
export function discoverInWorker(runner: DiscoveryRunner): DiscoverLibrary {
  return async ({ texts, registry, ignored }) => {
    const index = new MentionIndex(registry)
    const docs: DiscoveryText[] = []
    for (const [i, t] of texts.entries()) {
      docs.push({ text: t.text, skip: t.skip, known: index.find(t.text, { skip: t.skip }) })
      if (i % SCANS_PER_TURN === SCANS_PER_TURN - 1) await new Promise((resolve) => setImmediate(resolve))
    }
    const names = await runner.discover({
      texts: docs,
      registryNames: registry.flatMap(namesOf),
      ignored,
    })
    return markSameNames(names, registry)
  }
}
