import { articleDateOf } from '../../corpus/article-date'
import type { Article } from '../../corpus/types'
import { findDates } from './find-dates'
import { dayOf, resolveDate } from './resolve'
import { sentenceAt } from './sentence-at'
import type { TimelineItem } from './types'

/** An accepted mention of a registry entity in the article (as the entity page and the briefing count them). */
export interface EntitySpan {
  entityId: string
  start: number
  end: number
}

/**
 * The dated statements of one article: every date expression outside chrome (a site's timestamp
 * line is not a statement), placed against the article's own date when it has one, with its
 * sentence and the entities mentioned in that sentence.
 */
export function articleTimeline(
  article: Pick<Article, 'id' | 'text' | 'blocks' | 'meta'>,
  mentions: readonly EntitySpan[],
): TimelineItem[] {
  const published = articleDateOf(article.meta)
  const ref = dayOf(published?.relative === false ? published.iso : undefined)
  const blocks = article.blocks.filter((b) => b.kind !== 'chrome')
  const items: TimelineItem[] = []
  let b = 0
  for (const found of findDates(article.text)) {
    while (b < blocks.length && (blocks[b] as Article['blocks'][number]).end <= found.start) b++
    const block = blocks[b]
    if (!block || block.start > found.start || block.end < found.end) continue
    const date = resolveDate(found.spec, ref)
    if (!date) continue
    const sentence = sentenceAt(article.text, block, found.start, found.end)
    const entityIds = [
      ...new Set(
        mentions
          .filter((m) => m.start >= sentence.start && m.end <= sentence.end)
          .sort((x, y) => x.start - y.start)
          .map((m) => m.entityId),
      ),
    ]
    items.push({
      articleId: article.id,
      date,
      expression: { start: found.start, end: found.end, text: article.text.slice(found.start, found.end) },
      sentence,
      entityIds,
    })
  }
  return items
}
