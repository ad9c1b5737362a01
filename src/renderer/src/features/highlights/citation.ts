import type { ArticleMeta } from '../../../../core/corpus/types'

/** The deep link that opens a passage: daftar://article/<id>?start=<n>&end=<n> (also accepted by browser mode). */
export const deepLink = (articleId: string, start: number, end: number): string =>
  `daftar://article/${encodeURIComponent(articleId)}?start=${start}&end=${end}`

/** A quote ready to paste elsewhere: the exact words, then where they come from. */
export function citation(quote: string, articleId: string, meta: ArticleMeta, start: number, end: number): string {
  return `«${quote}»\n— ${meta.title} (${meta.sourceFile}) ${deepLink(articleId, start, end)}`
}
