import type { Table, TableRow } from 'mdast'
import { describe, expect, it } from 'vitest'
import { briefingFor } from '../../../src/backend/briefing/briefing-service'
import { parseDeepLink } from '../../../src/core/briefing/deep-link'
import type { Briefing, BriefingOptions } from '../../../src/core/briefing/scope'
import type { Article } from '../../../src/core/corpus/types'
import type { FiguresView } from '../../../src/shared/api'
import { all, textOf, withoutMark } from '../../support/markdown'
import { checkBriefing } from '../briefing/check-briefing'
import { openHandlers, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

const NOW = (): Date => new Date('2025-03-01T08:00:00.000Z')
const options = (lang: 'ar' | 'en'): BriefingOptions => ({ lang, sections: { entities: true, articles: false, sources: true }, allEntities: true, with: ['figures'] })

async function seeds(): Promise<Awaited<ReturnType<typeof openHandlers>>> {
  return openHandlers({ dataDir: await makeTempDir('figures-briefing'), seedsDir: SEEDS_DIR, workers: 'inline' })
}

/** The figures table: the first table after the section's heading, as rows of cells. */
function figuresTable(markdown: string, articles: ReadonlyMap<string, Article>, title: string): TableRow[] {
  const { tree } = checkBriefing(markdown, articles)
  const at = tree.children.findIndex((n) => n.type === 'heading' && withoutMark(textOf(n)) === title)
  expect(at, `a "${title}" heading`).toBeGreaterThan(0)
  const table = tree.children.slice(at).find((n) => n.type === 'table') as Table
  return table.children
}

describe('the briefing’s figures and claims', () => {
  it('is a valid GFM table of figure, about, sources (deep links to the figure) and agreement, in Arabic and English', async () => {
    const { backend } = await seeds()
    const articles = new Map<string, Article>(backend.articles().map((a) => [a.id, a]))
    for (const [lang, title, header] of [
      ['ar', 'الأرقام والادعاءات', ['الرقم', 'يتعلق بـ', 'المصادر', 'الاتفاق']],
      ['en', 'Figures and claims', ['Figure', 'About', 'Sources', 'Agreement']],
    ] as const) {
      const briefing = valueOf<Briefing>(await briefingFor(backend, { kind: 'everything' }, options(lang), NOW))
      expect(briefing.markdown).toContain('<a id="figures"></a>')
      const rows = figuresTable(briefing.markdown, articles, title)
      expect(rows[0]?.children.map((c) => textOf(c))).toEqual(header)
      const deal = rows.find((r) => textOf(r.children[0] as TableRow['children'][number]) === '14.3 مليار دولار') as TableRow
      expect(deal, '14.3 billion row').toBeDefined()
      const links = all(deal.children[2] as TableRow['children'][number], 'link').map((l) => parseDeepLink(l.url))
      expect(links.map((l) => l?.articleId)).toEqual(['001_acbe007552a08bad', '003_5733bacec403bece', '004_b38019a071557b20'])
      // Each link lands on the figure itself.
      for (const l of links) expect(articles.get(l?.articleId ?? '')?.text.slice(l?.range?.start, l?.range?.end)).toBe('14.3 مليار دولار')
      expect(textOf(deal.children[3] as TableRow['children'][number])).toBe(lang === 'ar' ? '3 مصادر متفقة' : '3 sources agree')
      const offers = rows.find((r) => textOf(r.children[0] as TableRow['children'][number]).includes('300 مليون دولار')) as TableRow
      expect(textOf(offers.children[0] as TableRow['children'][number])).toBe(lang === 'ar' ? '100 مليون دولار مقابل 300 مليون دولار' : '100 مليون دولار vs 300 مليون دولار')
      expect(textOf(offers.children[3] as TableRow['children'][number])).toBe(lang === 'ar' ? 'المصادر مختلفة: 100 مليون دولار مقابل 300 مليون دولار' : 'sources disagree: 100 مليون دولار vs 300 مليون دولار')
      // Arabic values in the English document are isolated; Latin names in the Arabic one too.
      if (lang === 'en') expect(briefing.markdown).toContain('<span dir="rtl">14.3 مليار دولار</span>')
      else expect(briefing.markdown).toMatch(/<span dir="ltr">Scale AI<\/span>/)
    }
  })

  it('applies the user’s decisions: a dismissed claim is left out, a confirmed one says so', async () => {
    const { backend, handlers } = await seeds()
    const articles = new Map<string, Article>(backend.articles().map((a) => [a.id, a]))
    const view = valueOf<FiguresView>(await handlers.getFigures([{}]))
    const offers = view.claims.find((c) => c.values.some((v) => v.text === '300 مليون دولار'))
    const deal = view.claims.find((c) => c.values.some((v) => v.text === '14.3 مليار دولار'))
    valueOf(await handlers.decideFigure([{ kind: 'dismiss', claimKey: offers?.key ?? '' }]))
    valueOf(await handlers.decideFigure([{ kind: 'confirm', claimKey: deal?.key ?? '' }]))
    const briefing = valueOf<Briefing>(await briefingFor(backend, { kind: 'everything' }, options('en'), NOW))
    const rows = figuresTable(briefing.markdown, articles, 'Figures and claims')
    expect(rows.some((r) => textOf(r).includes('300 مليون دولار'))).toBe(false)
    const dealRow = rows.find((r) => textOf(r.children[0] as TableRow['children'][number]) === '14.3 مليار دولار')
    expect(textOf(dealRow?.children[3] as TableRow['children'][number])).toBe('3 sources agree; confirmed by the user')
  })

  it('is left out (no heading, no contents entry) when the scope holds no figure', async () => {
    const { backend } = await seeds()
    const briefing = valueOf<Briefing>(await briefingFor(backend, { kind: 'entities', entityIds: ['anthropic'], articleIds: ['000_fcf6e2d5e2034c53'] }, options('en'), NOW))
    expect(briefing.markdown).not.toContain('Figures and claims')
  })
})
