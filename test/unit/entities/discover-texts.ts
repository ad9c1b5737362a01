import { discoverNames } from '../../../src/core/entities/discovery/discover'
import type { DiscoveredName } from '../../../src/core/entities/discovery/types'
import { MentionIndex } from '../../../src/core/entities/mention-index'
import type { Entity } from '../../../src/core/entities/types'
import { testLexicon } from '../../support/lexicon'

/** Discovery over sentences of our own, with the real word list and the registry's mentions found first (as the app does). */
export function discover(texts: string[], registry: Entity[] = []): DiscoveredName[] {
  const index = new MentionIndex(registry)
  return discoverNames(
    texts.map((text) => ({ text, known: index.find(text) })),
    { lexicon: testLexicon(), registry, registryNames: registry.flatMap((e) => [e.nameAr, e.nameLatin, ...e.aliases]) },
  )
}

export const names = (found: DiscoveredName[]): string[] => found.map((n) => n.name)
export const named = (found: DiscoveredName[], name: string): DiscoveredName | undefined => found.find((n) => n.name === name)
