import { deepLink } from '../../../../core/briefing/deep-link'
import type { ArticleMeta } from '../../../../core/corpus/types'

/** A quote ready to paste elsewhere: the exact words, then where they come from (the briefing's deep link). */
export function citation(quote: string, articleId: string, meta: ArticleMeta, start: number, end: number): string {
  return `«${quote}»\n— ${meta.title} (${meta.sourceFile}) ${deepLink(articleId, { start, end })}`
}
