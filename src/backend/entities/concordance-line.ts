import type { Article } from '../../core/corpus/types'
import { wordsAfter, wordsBefore } from '../../core/text/context-window'
import type { ConcordanceLine } from '../../shared/api'

/**
 * One place a name occurs, as a line of its block: `words` whole words on each side, exact slices
 * of the article's own characters with nothing added between the parts. The entity page's
 * concordance and the new names inbox's examples are such lines.
 */
export function concordanceLine(
  article: Pick<Article, 'id' | 'meta' | 'text'>,
  span: { start: number; end: number },
  block: { start: number; end: number },
  words: number,
): ConcordanceLine {
  const { text } = article
  return {
    articleId: article.id,
    articleTitle: article.meta.title,
    start: span.start,
    end: span.end,
    before: text.slice(wordsBefore(text, block.start, span.start, words), span.start),
    match: text.slice(span.start, span.end),
    after: text.slice(span.end, wordsAfter(text, span.end, block.end, words)),
  }
}
