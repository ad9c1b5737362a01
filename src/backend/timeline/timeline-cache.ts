import type { Article } from '../../core/corpus/types'
import { datedStatements, type TimelineItem } from '../../core/story/timeline'

/**
 * Each article's dated statements, kept while its text and its date stay the same: the dates
 * depend on nothing else (the entities are attached per request, from the registry as it is then).
 * A removed article's entry is dropped the next time the library is read.
 */
export class TimelineCache {
  private readonly byArticle = new Map<string, { key: string; items: TimelineItem[] }>()

  statements(article: Article): TimelineItem[] {
    const key = `${article.contentHash}\u0000${article.meta.published ?? ''}`
    const cached = this.byArticle.get(article.id)
    if (cached?.key === key) return cached.items
    const items = datedStatements(article)
    this.byArticle.set(article.id, { key, items })
    return items
  }

  /** Forgets articles no longer in the library. */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const id of this.byArticle.keys()) if (!ids.has(id)) this.byArticle.delete(id)
  }
}
