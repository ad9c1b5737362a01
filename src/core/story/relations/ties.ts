import type { Article } from '../../corpus/types'
import type { ArticleTies } from './types'

interface Span {
  entityId: string
  start: number
  end: number
}

/**
 * Which entities each paragraph of an article mentions. A mention belongs to the block it lies
 * inside; chrome (captions of the site, "read also") is not a paragraph of the story. Paragraphs
 * without a mention are left out.
 */
export function articleTies(article: Pick<Article, 'id' | 'blocks'>, mentions: readonly Span[]): ArticleTies {
  const sorted = [...mentions].sort((a, b) => a.start - b.start)
  const paragraphs: string[][] = []
  let i = 0
  for (const block of article.blocks) {
    while (i < sorted.length && (sorted[i] as Span).start < block.start) i++
    const ids: string[] = []
    for (let j = i; j < sorted.length && (sorted[j] as Span).start < block.end; j++) {
      const m = sorted[j] as Span
      if (m.end <= block.end) ids.push(m.entityId)
    }
    if (block.kind !== 'chrome' && ids.length > 0) paragraphs.push(ids)
  }
  return { articleId: article.id, paragraphs }
}
