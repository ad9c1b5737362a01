import type { TimelineItem } from './types'

/**
 * Timeline order: dated items by their ISO date (a coarser date first: "2018" before "2018-03"
 * before "2018-03-10", as ISO strings compare), then yearless ones by month and day, then those no
 * article date could resolve; ties in library then reading order (`articleOrder`).
 */
export function compareItems(articleOrder: ReadonlyMap<string, number>): (a: TimelineItem, b: TimelineItem) => number {
  const group = (i: TimelineItem): number => (i.date.precision === 'relative-unresolved' ? 2 : i.date.precision === 'unknown-year' ? 1 : 0)
  return (a, b) =>
    group(a) - group(b) ||
    (a.date.iso ?? '').localeCompare(b.date.iso ?? '') ||
    (articleOrder.get(a.articleId) ?? 0) - (articleOrder.get(b.articleId) ?? 0) ||
    a.expression.start - b.expression.start
}
