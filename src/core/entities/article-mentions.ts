import type { Article } from '../corpus/types'
import type { MentionIndex } from './mention-index'
import type { Span } from './readable-segments'
import type { Mention } from './types'

/** Chrome blocks are site furniture hidden while reading: no mention or suggestion is reported there. */
export const chromeRanges = (article: Pick<Article, 'blocks'>): Span[] =>
  article.blocks.filter((b) => b.kind === 'chrome').map((b) => ({ start: b.start, end: b.end }))

/** The mentions a reader sees in an article: its text without the chrome. */
export const findArticleMentions = (index: MentionIndex, article: Pick<Article, 'text' | 'blocks'>): Mention[] =>
  index.find(article.text, { skip: chromeRanges(article) })
