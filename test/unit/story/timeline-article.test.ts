import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { buildArticle } from '../../../src/core/corpus/parse-article'
import type { Article } from '../../../src/core/corpus/types'
import { articleTimeline, type EntitySpan } from '../../../src/core/story/timeline'

const sha = (text: string): string => createHash('sha256').update(text).digest('hex')

const TEXT = [
  'تكنولوجيا',
  '',
  'شركة تقنية تعلن صفقة جديدة',
  '',
  '8 hours ago 4',
  '',
  'أعلنت شركة نوفا الشهر الماضي أنها اشترت حصة في شركة ألفا. وقالت المديرة سلمى حداد إن الاتفاق وُقّع في 14.3 دقيقة يوم الإثنين، وإن التسليم في ١٠ حزيران ٢٠١٩!',
  '',
  'وكانت ألفا قد تأسست عام 2004 في دبي؟ ولا يعمل فيها اليوم سوى 2000 موظف.',
].join('\n')

/** An article of the text above, published (or not) on `published`. */
function article(published?: string): Article {
  const built = buildArticle('news-1', 'news-1.txt', TEXT, 'utf-8', sha)
  return published ? { ...built, meta: { ...built.meta, published } } : built
}

/** The accepted mentions a registry would give: every occurrence of each name. */
function mentionsOf(names: Record<string, string>): EntitySpan[] {
  return Object.entries(names).flatMap(([name, entityId]) =>
    [...TEXT.matchAll(new RegExp(name, 'g'))].map((m) => ({ entityId, start: m.index, end: m.index + name.length })),
  )
}
const MENTIONS = mentionsOf({ نوفا: 'nova', ألفا: 'alpha', 'سلمى حداد': 'salma', دبي: 'dubai' })

describe('articleTimeline', () => {
  it('keeps each date with its exact sentence, offsets into the text and the entities named in that sentence', () => {
    const items = articleTimeline(article('2018-06-13'), MENTIONS)
    expect(items.map((i) => [i.expression.text, i.date.iso, i.date.precision, i.entityIds])).toEqual([
      ['الشهر الماضي', '2018-05', 'month', ['nova', 'alpha']],
      ['يوم الإثنين', '2018-06-11', 'day', ['salma']],
      ['١٠ حزيران ٢٠١٩', '2019-06-10', 'day', ['salma']],
      ['عام 2004', '2004', 'year', ['alpha', 'dubai']],
      ['اليوم', '2018-06-13', 'day', []],
    ])
    for (const item of items) {
      expect(TEXT.slice(item.expression.start, item.expression.end)).toBe(item.expression.text)
      expect(TEXT.slice(item.sentence.start, item.sentence.end)).toBe(item.sentence.text)
      expect(item.sentence.start).toBeLessThanOrEqual(item.expression.start)
      expect(item.sentence.end).toBeGreaterThanOrEqual(item.expression.end)
      expect(item.articleId).toBe('news-1')
    }
    expect(items[0]?.sentence.text).toBe('أعلنت شركة نوفا الشهر الماضي أنها اشترت حصة في شركة ألفا.')
    // "14.3" does not end a sentence; "!" and "؟" do.
    expect(items[1]?.sentence.text).toBe('وقالت المديرة سلمى حداد إن الاتفاق وُقّع في 14.3 دقيقة يوم الإثنين، وإن التسليم في ١٠ حزيران ٢٠١٩!')
    expect(items[3]?.sentence.text).toBe('وكانت ألفا قد تأسست عام 2004 في دبي؟')
  })

  it('says which dates it could not place when the article has no date of its own', () => {
    // The "8 hours ago" line is a relative time, not a publication date (and chrome: never a statement).
    const items = articleTimeline(article(), MENTIONS)
    expect(items.map((i) => [i.expression.text, i.date.precision, i.date.iso])).toEqual([
      ['الشهر الماضي', 'relative-unresolved', undefined],
      ['يوم الإثنين', 'relative-unresolved', undefined],
      ['١٠ حزيران ٢٠١٩', 'day', '2019-06-10'],
      ['عام 2004', 'year', '2004'],
      ['اليوم', 'relative-unresolved', undefined],
    ])
  })
})
