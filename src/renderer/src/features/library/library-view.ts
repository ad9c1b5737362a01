import { articleDateOf } from '../../../../core/corpus/article-date'
import { normalizeKey } from '../../../../core/text/normalize'
import type { ArticleSummary, Session } from '../../../../shared/api'

export type SortKey = 'library' | 'title' | 'date' | 'source' | 'words' | 'progress'
export const sortKeys: readonly SortKey[] = ['library', 'title', 'date', 'source', 'words', 'progress']

export interface LibraryFilter {
  /** Matched against title and file name, Arabic-normalised (tashkeel, alef forms… ignored). */
  text: string
  sort: SortKey
  category: string
  source: string
  hasHighlights: boolean
  /** Articles mentioning this entity (ids from the backend), or null for no entity filter. */
  entityArticles: ReadonlySet<string> | null
}

export const emptyFilter: LibraryFilter = { text: '', sort: 'library', category: '', source: '', hasHighlights: false, entityArticles: null }

/** The source a row is filed under: the site a saved page names, else bundled or imported. */
export const sourceOf = (a: ArticleSummary): string => a.meta.siteName ?? (a.origin === 'imported' ? 'imported' : 'bundled')

/** The date a row sorts by: the page's publication date when it is a readable date, else when it was imported (a relative "8 hours ago" is no date). */
export const dateOf = (a: ArticleSummary): string => articleDateOf(a.meta)?.iso ?? a.addedAt ?? ''

export interface LibraryFacts {
  highlightCounts: Readonly<Record<string, number>>
  positions: Session['positions']
}

/**
 * Normalised search keys, computed once per library (10,000 titles normalise in ~15 ms; filtering
 * then compares plain strings on each keystroke).
 */
export function searchKeys(articles: readonly ArticleSummary[]): Map<string, string> {
  return new Map(articles.map((a) => [a.id, normalizeKey(`${a.meta.title}\n${a.meta.sourceFile}`)]))
}

const collator = new Intl.Collator(['ar', 'en'], { sensitivity: 'base', numeric: true })

/** The rows to show, filtered and sorted; the library order (seeds, then imports in order) by default. */
export function viewOf(articles: readonly ArticleSummary[], keys: ReadonlyMap<string, string>, filter: LibraryFilter, facts: LibraryFacts): ArticleSummary[] {
  const needle = normalizeKey(filter.text.trim())
  const rows = articles.filter(
    (a) =>
      (!needle || (keys.get(a.id) ?? '').includes(needle)) &&
      (!filter.category || a.meta.category === filter.category) &&
      (!filter.source || sourceOf(a) === filter.source) &&
      (!filter.hasHighlights || (facts.highlightCounts[a.id] ?? 0) > 0) &&
      (!filter.entityArticles || filter.entityArticles.has(a.id)),
  )
  const by: Record<SortKey, ((x: ArticleSummary, y: ArticleSummary) => number) | null> = {
    library: null,
    title: (x, y) => collator.compare(x.meta.title, y.meta.title),
    // Newest first; undated rows last.
    date: (x, y) => (dateOf(y) || '').localeCompare(dateOf(x) || '') || collator.compare(x.meta.title, y.meta.title),
    source: (x, y) => collator.compare(sourceOf(x), sourceOf(y)) || collator.compare(x.meta.title, y.meta.title),
    words: (x, y) => y.stats.words - x.stats.words,
    progress: (x, y) => (facts.positions[y.id]?.progress ?? 0) - (facts.positions[x.id]?.progress ?? 0),
  }
  const compare = by[filter.sort]
  return compare ? rows.sort(compare) : rows
}

/** Distinct values of a field, for the filter menus. */
export function distinct(articles: readonly ArticleSummary[], value: (a: ArticleSummary) => string | undefined): string[] {
  const seen = new Set<string>()
  for (const a of articles) {
    const v = value(a)
    if (v) seen.add(v)
  }
  return [...seen].sort((x, y) => collator.compare(x, y))
}
