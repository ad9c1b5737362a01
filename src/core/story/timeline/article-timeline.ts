import { articleDateOf } from '../../corpus/article-date'
import type { Article, Block } from '../../corpus/types'
import { sentenceAround } from '../../text/sentences'
import { findDates } from './find-dates'
import { dayOf, resolveDate } from './resolve'
import type { TimelineItem } from './types'

/** An accepted mention of a registry entity in the article (as the entity page and the briefing count them). */
export interface EntitySpan {
  entityId: string
  start: number
  end: number
}

type ArticleText = Pick<Article, 'id' | 'text' | 'blocks' | 'meta'>

/** The dated statements of one article with the entities mentioned in each sentence (see datedStatements). */
export const articleTimeline = (article: ArticleText, mentions: readonly EntitySpan[]): TimelineItem[] =>
  withEntities(datedStatements(article), mentions)

/**
 * The dated statements of one article, entities not yet attached: every date expression outside
 * chrome (a site's timestamp line is not a statement), placed against the article's own date when
 * it has one, with its sentence. Depends on the text and the date only, so a host may cache it.
 */
export function datedStatements(article: ArticleText): TimelineItem[] {
  const published = articleDateOf(article.meta)
  const ref = dayOf(published?.relative === false ? published.iso : undefined)
  const blocks = article.blocks.filter((b) => b.kind !== 'chrome')
  const items: TimelineItem[] = []
  let b = 0
  for (const found of findDates(article.text)) {
    while (b < blocks.length && (blocks[b] as Block).end <= found.start) b++
    const block = blocks[b]
    if (!block || block.start > found.start || block.end < found.end) continue
    const date = resolveDate(found.spec, ref)
    if (!date) continue
    const around = sentenceAround(article.text, block, found.start, found.end)
    const sentence = { ...around, text: article.text.slice(around.start, around.end) }
    const expression = { start: found.start, end: found.end, text: article.text.slice(found.start, found.end) }
    items.push({ articleId: article.id, date, expression, sentence, entityIds: [] })
  }
  return items
}

/** Each item with the entities that have a mention inside its sentence, in reading order, once each. */
export function withEntities(items: readonly TimelineItem[], mentions: readonly EntitySpan[]): TimelineItem[] {
  const sorted = [...mentions].sort((x, y) => x.start - y.start)
  return items.map((item) => {
    const inside = sorted.filter((m) => m.start >= item.sentence.start && m.end <= item.sentence.end)
    return { ...item, entityIds: [...new Set(inside.map((m) => m.entityId))] }
  })
}
