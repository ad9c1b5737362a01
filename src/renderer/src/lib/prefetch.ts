import type { ArticleHighlights } from '../../../shared/api'
import type { Result } from '../../../shared/result'
import { api } from './api'

/**
 * Starts loading an article's highlights together with the article itself, instead of after it
 * has rendered: the two requests overlap, and the reader paints its highlights a round trip sooner.
 */
const pending = new Map<string, Promise<Result<ArticleHighlights>>>()

export function prefetchHighlights(articleId: string): void {
  if (!pending.has(articleId)) pending.set(articleId, api.listHighlights(articleId))
}

/** The prefetched answer (once), or a fresh request. */
export function loadHighlights(articleId: string): Promise<Result<ArticleHighlights>> {
  const started = pending.get(articleId)
  pending.delete(articleId)
  return started ?? api.listHighlights(articleId)
}
