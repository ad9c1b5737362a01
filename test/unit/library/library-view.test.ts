import { describe, expect, it } from 'vitest'
import { emptyFilter, searchKeys, viewOf, type LibraryFilter } from '../../../src/renderer/src/features/library/library-view'
import type { ArticleSummary } from '../../../src/shared/api'

const row = (id: string, title: string, extra: Partial<ArticleSummary['meta']> & { origin?: 'bundled' | 'imported'; addedAt?: string; words?: number } = {}): ArticleSummary => {
  const { origin, addedAt, words, ...meta } = extra
  return {
    id,
    contentHash: id,
    meta: { title, titleSource: 'line', titleDir: 'rtl', sourceFile: `${id}.txt`, ...meta },
    stats: { words: words ?? 100, readingMinutes: 1 },
    ...(origin ? { origin } : {}),
    ...(addedAt ? { addedAt } : {}),
  }
}

const articles = [
  row('a', 'مُختبرُ ميتا للذكاء الفائق', { category: 'تكنولوجيا', origin: 'bundled', words: 400 }),
  row('b', 'أسعار النفط', { category: 'اقتصاد', origin: 'imported', addedAt: '2025-01-02T00:00:00Z', words: 900 }),
  row('c', 'Meta hires', { siteName: 'البوابة', published: '2025-03-01T00:00:00Z', origin: 'imported', words: 50 }),
]
const keys = searchKeys(articles)
const view = (patch: Partial<LibraryFilter>, highlightCounts: Record<string, number> = {}, progress: Record<string, number> = {}): string[] =>
  viewOf(articles, keys, { ...emptyFilter, ...patch }, { highlightCounts, positions: Object.fromEntries(Object.entries(progress).map(([id, p]) => [id, { offset: 0, progress: p, updatedAt: '' }])) }).map((a) => a.id)

describe('the library view', () => {
  it('filters titles and file names on Arabic-normalised text (tashkeel, alef forms ignored)', () => {
    expect(view({ text: 'مختبر' })).toEqual(['a'])
    expect(view({ text: 'اسعار' })).toEqual(['b'])
    expect(view({ text: 'META' })).toEqual(['c'])
    expect(view({ text: 'c.txt' })).toEqual(['c'])
  })

  it('filters by category, source, highlights and entity', () => {
    expect(view({ category: 'اقتصاد' })).toEqual(['b'])
    expect(view({ source: 'البوابة' })).toEqual(['c'])
    expect(view({ source: 'bundled' })).toEqual(['a'])
    expect(view({ hasHighlights: true }, { b: 2 })).toEqual(['b'])
    expect(view({ entityArticles: new Set(['a', 'c']) })).toEqual(['a', 'c'])
  })

  it('sorts by title, date (newest first, undated last), length and reading progress', () => {
    expect(view({ sort: 'library' })).toEqual(['a', 'b', 'c'])
    expect(view({ sort: 'date' })).toEqual(['c', 'b', 'a'])
    expect(view({ sort: 'words' })).toEqual(['b', 'a', 'c'])
    expect(view({ sort: 'progress' }, {}, { c: 0.9, a: 0.2 })).toEqual(['c', 'a', 'b'])
    expect(view({ sort: 'title' })).toEqual(['b', 'a', 'c'])
  })

  it('filters 10,000 articles in a few milliseconds', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => row(`r${i}`, `عنوان رقم ${i} عن ${i % 7 === 0 ? 'ميتا' : 'غوغل'}`))
    const manyKeys = searchKeys(many)
    const started = performance.now()
    const shown = viewOf(many, manyKeys, { ...emptyFilter, text: 'ميتا', sort: 'title' }, { highlightCounts: {}, positions: {} })
    expect(shown).toHaveLength(1429)
    expect(performance.now() - started).toBeLessThan(200)
  })
})
