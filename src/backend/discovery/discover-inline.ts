import { discoverNames } from '../../core/entities/discovery/discover'
import type { Lexicon } from '../../core/entities/discovery/lexicon'
import { namesOf } from '../../core/entities/compile-names'
import { MentionIndex } from '../../core/entities/mention-index'
import { loadArabicLexicon } from './arabic-lexicon'
import type { DiscoverLibrary } from './new-names'

/**
 * Library-wide discovery on this thread: the registry's mentions found first (discovery never
 * proposes what the registry has), the word list loaded on first use. Tests and the CLI use it;
 * the app runs the same in a worker.
 */
export function discoverInline(lexiconCache?: string): DiscoverLibrary {
  let lexicon: Lexicon | undefined
  return async ({ texts, registry, ignored }) => {
    lexicon ??= loadArabicLexicon(lexiconCache)
    const index = new MentionIndex(registry)
    const docs = texts.map((t) => ({ text: t.text, skip: t.skip, known: index.find(t.text, { skip: t.skip }) }))
    return discoverNames(docs, {
      lexicon,
      registry,
      registryNames: registry.flatMap(namesOf),
      ignored: new Set(ignored),
    })
  }
}
