import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { ArticleMention, NewName, NewNameChoice, NewNamesInbox } from '../../src/shared/api'
import { I18nProvider } from '../../src/renderer/src/i18n/I18nProvider'
import { knownMentionIn } from '../../src/renderer/src/features/entities/known-first'
import { NewNamesList } from '../../src/renderer/src/features/new-names/NewNamesList'
import type { NewNameActions } from '../../src/renderer/src/features/new-names/useNewNameActions'

const proposed = (name: string, type: NewName['type'], aliases: string[] = []): NewName => ({
  key: name,
  name,
  type,
  signals: ['unknown-word', 'title-after'],
  aliases,
  score: 1,
  mentions: 2,
  articles: [{ articleId: 'a', title: 'عنوان', count: 2 }],
  examples: [{ articleId: 'a', articleTitle: 'عنوان', start: 10, end: 17, before: 'مثل ', match: 'جاك راي', after: ' من Google DeepMind' }],
})

function renderList(inbox: NewNamesInbox | null, actions: Partial<NewNameActions> = {}, locale: 'ar' | 'en' = 'ar') {
  const all: NewNameActions = { accept: vi.fn(async () => true), merge: vi.fn(async () => true), ignore: vi.fn(async () => true), busy: false, ...actions }
  const onJump = vi.fn()
  render(
    <I18nProvider locale={locale}>
      <NewNamesList state={{ inbox, reload: () => {} }} actions={all} entities={[]} scope="library" onJump={onJump} />
    </I18nProvider>,
  )
  return { actions: all, onJump }
}

describe('the new names list', () => {
  it('says the library is being read while the first pass runs', () => {
    renderList({ status: 'running', names: [], total: 0 })
    expect(screen.getByRole('status').textContent).toBe('يقرأ دفتر المكتبة بحثًا عن أسماء جديدة…')
  })

  it('shows why discovery is unavailable, the reason isolated left to right inside the Arabic sentence', () => {
    renderList({ status: 'unavailable', reason: 'ENOENT: ar-words.btrie', names: [], total: 0 })
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('تعذّر البحث عن أسماء جديدة')
    expect(alert.querySelector('bdi[dir="ltr"]')?.textContent).toBe('ENOENT: ar-words.btrie')
  })

  it('says so when nothing is waiting', () => {
    renderList({ status: 'ready', names: [], total: 0 })
    expect(screen.getByText('لا أسماء جديدة تنتظر قرارك.')).toBeTruthy()
  })

  it('accepts the selected names together, with the type the user corrected and their other spellings', async () => {
    const { actions } = renderList({ status: 'ready', names: [proposed('جاك راي', 'person'), proposed('Mercor', 'other', ['ميركور']), proposed('Surge', 'other')], total: 3 })
    fireEvent.click(screen.getByLabelText('حدّد «جاك راي»'))
    fireEvent.click(screen.getByLabelText('حدّد «Mercor»'))
    const mercor = screen.getByLabelText('حدّد «Mercor»').closest('li') as HTMLElement
    fireEvent.change(mercor.querySelector('select') as HTMLSelectElement, { target: { value: 'org' } })
    fireEvent.click(screen.getByText('اقبل المحدَّد (2)'))
    await vi.waitFor(() => expect(actions.accept).toHaveBeenCalledTimes(1))
    const choices = (actions.accept as ReturnType<typeof vi.fn>).mock.calls[0]?.[0] as NewNameChoice[]
    expect(choices).toEqual([
      { name: 'جاك راي', type: 'person', aliases: [] },
      { name: 'Mercor', type: 'org', aliases: ['ميركور'] },
    ])
  })

  it('says the reasons in plain words and opens an example where it occurs', () => {
    const { onJump } = renderList({ status: 'ready', names: [proposed('جاك راي', 'person')], total: 1 }, {}, 'en')
    expect([...document.querySelectorAll('.new-name-reason')].map((r) => r.textContent)).toEqual(['not in the Arabic dictionary', 'followed by a title or position'])
    fireEvent.click(document.querySelector('.concordance-line') as HTMLElement)
    expect(onJump).toHaveBeenCalledWith('a', 10, 17)
  })
})

describe('the known name inside a selection', () => {
  const mention = (start: number, end: number, entityId: string, decision?: ArticleMention['decision']): ArticleMention =>
    decision ? { start, end, entityId, decision } : { start, end, entityId }

  it('is the longest mention wholly inside the selection that the reader has not rejected', () => {
    const mentions = [mention(0, 4, 'x'), mention(10, 14, 'mark-zuckerberg-surname'), mention(10, 24, 'mark-zuckerberg'), mention(20, 40, 'cut'), mention(5, 9, 'no', 'rejected')]
    expect(knownMentionIn(mentions, 2, 30)?.entityId).toBe('mark-zuckerberg')
    expect(knownMentionIn(mentions, 5, 9)).toBeUndefined()
    expect(knownMentionIn(mentions, 25, 35)).toBeUndefined()
  })
})
