import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { SearchGroup, SearchHit, SearchKind } from '../../src/shared/library-api'
import { SearchDialog } from '../../src/renderer/src/features/search/SearchDialog'
import { I18nProvider } from '../../src/renderer/src/i18n/I18nProvider'
import type { Locale } from '../../src/renderer/src/i18n/translate'

const hitsOf = (kind: SearchKind, n: number): SearchHit[] =>
  Array.from({ length: n }, (_, i) => ({ kind, ref: `${kind}-${i}`, articleId: `a${i}`, title: `عنوان ${i}`, titleMarks: [], snippets: [], score: 1 }))

// The article index stops counting at 1,000 (`more`); highlights are counted in full.
const groups: SearchGroup[] = [
  { kind: 'article', total: 1000, more: true, hits: hitsOf('article', 20) },
  { kind: 'highlight', total: 25, hits: hitsOf('highlight', 20) },
]

// The dialog reaches the backend only through lib/api: a fixed answer stands in for it.
vi.mock('../../src/renderer/src/lib/api', () => ({
  api: {
    getSearchStatus: async () => ({ ok: true, value: { state: 'ready', indexed: 1000, total: 1000 } }),
    search: async (query: string) => ({ ok: true, value: { query, groups, tookMs: 1 } }),
  },
}))

async function searchFor(locale: Locale): Promise<HTMLElement[]> {
  render(
    <I18nProvider locale={locale}>
      <SearchDialog open onClose={() => {}} onOpenHit={() => {}} />
    </I18nProvider>,
  )
  fireEvent.change(screen.getByRole('combobox'), { target: { value: 'ميتا' } })
  const group = (kind: SearchKind): HTMLElement | null => document.querySelector(`.search-group[data-kind="${kind}"]`)
  await waitFor(() => expect(group('highlight')).not.toBeNull())
  return [group('article') as HTMLElement, group('highlight') as HTMLElement]
}

describe('the search dialog’s counts', () => {
  it('says a capped count is a floor — "1,000+" and "more than 980 more" — and an exact one as it is', async () => {
    const [articles, highlights] = await searchFor('en')
    expect(articles?.querySelector('.search-count')?.textContent).toBe('(1,000+)')
    expect(articles?.querySelector('.search-more')?.textContent).toBe('and more than 980 more')
    expect(highlights?.querySelector('.search-count')?.textContent).toBe('(25)')
    expect(highlights?.querySelector('.search-more')?.textContent).toBe('and 5 more')
  })

  it('says the same in Arabic', async () => {
    const [articles, highlights] = await searchFor('ar')
    expect(articles?.querySelector('.search-more')?.textContent).toMatch(/^وأكثر من \S+ غيرها$/)
    expect(articles?.querySelector('.search-count')?.textContent).toMatch(/\+\)$/)
    expect(highlights?.querySelector('.search-count')?.textContent).not.toContain('+')
  })
})
