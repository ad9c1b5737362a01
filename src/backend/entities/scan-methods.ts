import { MentionIndex } from '../../core/entities/mention-index'
import { findMoney } from '../../core/entities/money'
import type { Entity, Mention, MoneyMention } from '../../core/entities/types'

/** What one scan of an article for the registry's names and its amounts of money finds. */
export interface ArticleScan {
  found: Mention[]
  money: MoneyMention[]
}

/**
 * The registry scan of one article, served by the search worker for huge articles: a 4 MiB
 * article takes about a second to scan, which in the main process would hold up every other
 * request (and in the app, the window). The index is kept while the registry stays the same.
 */
export function createScanMethods() {
  let index: { version: number; value: MentionIndex } | null = null
  return {
    scanArticle: (text: string, skip: { start: number; end: number }[], entities: Entity[], registryVersion: number): ArticleScan => {
      if (index?.version !== registryVersion) index = { version: registryVersion, value: new MentionIndex(entities) }
      return { found: index.value.find(text, { skip }), money: findMoney(text) }
    },
  }
}

export type ScanMethods = ReturnType<typeof createScanMethods>
