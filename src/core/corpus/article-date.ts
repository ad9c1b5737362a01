import type { ArticleMeta } from './types'

/**
 * When an article says it was published. `printed` is what the article or page states; `iso` is
 * set only when that is an absolute date we could read. A relative time ("8 hours ago", "منذ 3
 * ساعات") is not a publication date: it is shown as printed, labelled so, and sorts nowhere.
 */
export interface ArticleDate {
  iso?: string
  printed: string
  relative: boolean
}

/** An absolute date as pages state it in metadata: ISO 8601 (a date, optionally with a time). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * The article's date: the page's own publication date when it has one (it wins over a relative
 * time printed in the text, which it would resolve anyway), else the relative time as printed.
 */
export function articleDateOf(meta: Pick<ArticleMeta, 'published' | 'relativeTime'>): ArticleDate | null {
  const published = meta.published?.trim()
  if (published) {
    const time = ISO_DATE.test(published) ? Date.parse(published) : Number.NaN
    return Number.isNaN(time) ? { printed: published, relative: false } : { iso: new Date(time).toISOString(), printed: published, relative: false }
  }
  const relative = meta.relativeTime?.trim()
  return relative ? { printed: relative, relative: true } : null
}
