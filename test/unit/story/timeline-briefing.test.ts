import { createHash } from 'node:crypto'
import type { Table } from 'mdast'
import { describe, expect, it } from 'vitest'
import { briefingFor } from '../../../src/backend/briefing/briefing-service'
import { buildBriefing } from '../../../src/core/briefing/build-briefing'
import { parseDeepLink } from '../../../src/core/briefing/deep-link'
import type { Briefing, BriefingOptions } from '../../../src/core/briefing/scope'
import type { BriefingInput } from '../../../src/core/briefing/select'
import { buildArticle } from '../../../src/core/corpus/parse-article'
import type { Article } from '../../../src/core/corpus/types'
import type { Entity } from '../../../src/core/entities/types'
import { all, textOf, withoutMark } from '../../support/markdown'
import { checkBriefing } from '../briefing/check-briefing'
import { NOW } from '../briefing/fixture'
import { openHandlers, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

const OPTIONS: BriefingOptions = {
  lang: 'ar',
  sections: { entities: true, articles: false, sources: true },
  allEntities: true,
  with: ['timeline'],
}

/** The timeline table of a briefing: the first table after the heading with the timeline's anchor. */
function timelineTable(
  markdown: string,
  articles: ReadonlyMap<string, Article>,
): { rows: string[][]; links: ReturnType<typeof parseDeepLink>[]; table: Table } {
  const { tree } = checkBriefing(markdown, articles)
  const at = tree.children.findIndex((n) => n.type === 'heading' && all(n, 'html').some((h) => h.value === '<a id="timeline">'))
  expect(at, 'the timeline heading').toBeGreaterThanOrEqual(0)
  const table = tree.children.slice(at).find((n) => n.type === 'table') as Table
  expect(table, 'a timeline table').toBeDefined()
  const rows = table.children.map((r) => r.children.map((c) => withoutMark(textOf(c))))
  const links = table.children.slice(1).map((r) => parseDeepLink(all(r.children[3] as never, 'link')[0]?.url ?? ''))
  return { rows, links, table }
}

describe('the briefing’s timeline section', () => {
  it('is a valid GFM table of date, exact statement, entities and a deep link to the statement', async () => {
    const { backend } = await openHandlers({ dataDir: await makeTempDir('tl-brief'), seedsDir: SEEDS_DIR })
    const articles = new Map(backend.articles().map((a) => [a.id, a]))
    for (const lang of ['ar', 'en'] as const) {
      const briefing = valueOf<Briefing>(await briefingFor(backend, { kind: 'entities', entityIds: ['meta'] }, { ...OPTIONS, lang }, NOW))
      const { rows, links, table } = timelineTable(briefing.markdown, articles)
      expect(rows[0]).toEqual(lang === 'ar' ? ['التاريخ', 'العبارة', 'الكيانات', 'المصدر'] : ['Date', 'Statement', 'Entities', 'Source'])
      expect(table.children.every((r) => r.children.length === 4)).toBe(true)
      expect(rows.length).toBeGreaterThan(5)
      rows.slice(1).forEach((row, i) => {
        const link = links[i]
        expect(link?.range, 'a deep link to the statement').toBeDefined()
        const article = articles.get(link?.articleId ?? '') as Article
        expect(row[1], 'the statement is the article’s exact sentence').toBe(article.text.slice(link?.range?.start, link?.range?.end))
        expect(row[3]).toBe(article.meta.title)
        expect(row[2]).toContain(lang === 'ar' ? 'ميتا' : 'Meta')
      })
      // The seeds have no publication date: "يونيو الماضي" is listed, its date said to be unknown, after the dated rows.
      const june = rows.findIndex((r) => r[1]?.includes('في يونيو الماضي'))
      expect(rows[june]?.[0]).toBe(
        lang === 'ar' ? 'غير محدد (تاريخ المقال غير معروف) — يونيو الماضي' : 'not known (the article has no date) — يونيو الماضي',
      )
      expect(rows.findIndex((r) => r[0] === '2023')).toBeLessThan(june)
      expect(briefing.markdown).toContain(lang === 'ar' ? '[الخط الزمني](#timeline)' : '[Timeline](#timeline)')
    }
  })

  it('writes dates in the document’s language, relative ones counted from the article’s date and yearless ones said so', () => {
    const text = 'شركة جديدة\n\nأعلنت نوفا الشهر الماضي أنها ستفتتح مصنعًا في 3 آذار 2019. وكانت نوفا قد تأسست في 12 مايو بحسب بيانها.\n'
    const base = buildArticle('nova-1', 'nova-1.txt', text, 'utf-8', (t) => createHash('sha256').update(t).digest('hex'))
    const article: Article = { ...base, meta: { ...base.meta, published: '2018-06-13' } }
    const nova: Entity = {
      id: 'nova',
      type: 'org',
      nameAr: 'نوفا',
      nameLatin: 'Nova',
      aliases: [],
      description: '',
      createdAt: '',
      updatedAt: '',
    }
    const mentions = [...text.matchAll(/نوفا/g)].map((m) => ({ entityId: 'nova', start: m.index, end: m.index + 4 }))
    const input: BriefingInput = { articles: [article], entities: [nova], highlights: [], notes: [], mentionsIn: () => mentions }
    const dates = (lang: 'ar' | 'en'): string[] => {
      const built = buildBriefing(input, { kind: 'entities', entityIds: ['nova'] }, { ...OPTIONS, lang }, { now: NOW })
      if (!built.ok) throw new Error(built.message)
      return timelineTable(built.briefing.markdown, new Map([[article.id, article]]))
        .rows.slice(1)
        .map((r) => r[0] as string)
    }
    expect(dates('ar')).toEqual(['مايو 2018 (محسوب من تاريخ المقال)', '3 مارس 2019', '12 مايو (السنة غير مذكورة)'])
    expect(dates('en')).toEqual(['May 2018 (counted from the article’s date)', '3 March 2019', '12 May (year not stated)'])
  })
})
