import { describe, expect, it } from 'vitest'
import { articleDateOf } from '../../../src/core/corpus/article-date'
import { dateOf } from '../../../src/renderer/src/features/library/library-view'
import type { ArticleSummary } from '../../../src/shared/api'
import { seed } from '../../support/seeds'

describe('an article’s date', () => {
  it('is a relative time as printed (003’s "8 hours ago"), never an absolute date', () => {
    expect(articleDateOf(seed('003').meta)).toEqual({ printed: '8 hours ago', relative: true })
    expect(articleDateOf({ relativeTime: 'منذ 3 ساعات' })).toEqual({ printed: 'منذ 3 ساعات', relative: true })
  })

  it('is the page’s own date when it states one, read as ISO 8601 when it is one', () => {
    expect(articleDateOf({ published: '2025-06-14T09:30:00Z' })).toEqual({ iso: '2025-06-14T09:30:00.000Z', printed: '2025-06-14T09:30:00Z', relative: false })
    expect(articleDateOf({ published: '2025-06-14T12:30:00+03:00', relativeTime: '8 hours ago' })).toMatchObject({ iso: '2025-06-14T09:30:00.000Z', relative: false })
    expect(articleDateOf({ published: 'الأحد 14 يونيو' })).toEqual({ printed: 'الأحد 14 يونيو', relative: false })
    expect(articleDateOf({})).toBeNull()
  })

  it('sorts the library by a readable date only: a relative time or an unreadable one falls back to the import date', () => {
    const row = (meta: Partial<ArticleSummary['meta']>, addedAt?: string) => ({ meta, ...(addedAt ? { addedAt } : {}) }) as ArticleSummary
    expect(dateOf(row({ published: '2025-06-14T09:30:00Z' }, '2026-01-01T00:00:00.000Z'))).toBe('2025-06-14T09:30:00.000Z')
    expect(dateOf(row({ published: '8 hours ago' }, '2026-01-01T00:00:00.000Z'))).toBe('2026-01-01T00:00:00.000Z')
    expect(dateOf(row({ relativeTime: '8 hours ago' }))).toBe('')
  })
})
