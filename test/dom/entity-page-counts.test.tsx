import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { Entity } from '../../src/core/entities/types'
import type { EntityPage } from '../../src/shared/api'
import { EntityPageView } from '../../src/renderer/src/features/entities/EntityPageView'
import { I18nProvider } from '../../src/renderer/src/i18n/I18nProvider'

const entity: Entity = {
  id: 'meta',
  type: 'org',
  nameAr: 'ميتا',
  nameLatin: 'Meta',
  aliases: [],
  description: '',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
}
const line = (articleId: string) => ({ articleId, articleTitle: `عنوان ${articleId}`, start: 4, end: 8, before: 'قالت ', match: 'ميتا', after: ' إنها' })
let page: EntityPage

// The page reaches the backend only through lib/api: a fixed page stands in for it.
vi.mock('../../src/renderer/src/lib/api', () => ({ api: { getEntityPage: async () => ({ ok: true, value: page }) } }))

function show(over: Partial<EntityPage>): void {
  page = { entity, articleCount: 2, mentionCount: 2, concordance: [line('a1'), line('a2')], perArticle: ['a1', 'a2'].map((articleId) => ({ articleId, articleTitle: `عنوان ${articleId}`, count: 1 })), highlights: [], related: [], notes: [], ...over }
  const noop = (): void => {}
  render(
    <I18nProvider locale="ar">
      <EntityPageView id="meta" entities={[entity]} onChanged={async () => {}} onGone={noop} onOpenEntity={noop} onJump={noop} onJumpHighlight={noop} onOpenNote={noop} onNewNote={noop} onError={noop} />
    </I18nProvider>,
  )
}

describe('the entity page’s counts', () => {
  it('says how many articles and mentions the whole library has when it shows only the latest articles', async () => {
    show({ articleCount: 31_250, mentionCount: 98_400 })
    const note = await screen.findByText(/المقالات التي تذكره في المكتبة/)
    expect(note.textContent).toBe('المقالات التي تذكره في المكتبة: 31,250، ومواضع ذكره فيها: 98,400. المعروض هنا أحدث 2 منها.')
  })

  it('says nothing of the kind when every article that mentions it is shown', async () => {
    show({})
    await screen.findAllByText('عنوان a2')
    expect(screen.queryByText(/المقالات التي تذكره في المكتبة/)).toBeNull()
  })
})
