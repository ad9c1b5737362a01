import { describe, expect, it } from 'vitest'
import { briefingFor } from '../../../src/backend/briefing/briefing-service'
import type { Briefing, BriefingOptions, BriefingScope } from '../../../src/core/briefing/scope'
import type { Article } from '../../../src/core/corpus/types'
import type { AnchoredHighlight } from '../../../src/core/highlights/anchored'
import type { Note } from '../../../src/core/store/notes'
import { all, textOf, withoutMark } from '../../support/markdown'
import { valueOf } from '../helpers/backend'
import { checkBriefing } from './check-briefing'
import { A001, A002, A003, briefingFixture, NOW, span } from './fixture'

const ALL_SECTIONS: BriefingOptions = { lang: 'ar', sections: { entities: true, articles: true, sources: true } }

async function build(scope: BriefingScope, options: BriefingOptions = ALL_SECTIONS) {
  const f = await briefingFixture()
  const briefing = valueOf<Briefing>(await briefingFor(f.backend, scope, options, NOW))
  const articles = new Map<string, Article>(f.backend.articles().map((a) => [a.id, a]))
  return { ...f, briefing, articles, ...checkBriefing(briefing.markdown, articles) }
}

const headings = (tree: Parameters<typeof all>[0], depth: number): string[] => all(tree, 'heading').filter((h) => h.depth === depth).map((h) => withoutMark(textOf(h)))

describe('a briefing, whatever its scope, is valid Markdown with exact quotes and valid citations', () => {
  it.each<[string, BriefingScope, BriefingOptions]>([
    ['chosen entities, Arabic headings', { kind: 'entities', entityIds: ['scale-ai', 'mark-zuckerberg'] }, ALL_SECTIONS],
    ['chosen entities, English headings', { kind: 'entities', entityIds: ['scale-ai', 'alexandr-wang'] }, { ...ALL_SECTIONS, lang: 'en' }],
    ['an entity in one article', { kind: 'entities', entityIds: ['scale-ai'], articleIds: [A001] }, ALL_SECTIONS],
    ['chosen articles', { kind: 'articles', articleIds: [A001, A003] }, ALL_SECTIONS],
    ['a colour', { kind: 'highlights', colors: ['green', 'pink'], tagIds: [] }, ALL_SECTIONS],
    ['a tag', { kind: 'highlights', colors: [], tagIds: ['scale-ai'] }, { ...ALL_SECTIONS, lang: 'en' }],
    ['everything', { kind: 'everything' }, ALL_SECTIONS],
    ['everything, no per-entity section', { kind: 'everything' }, { lang: 'ar', sections: { entities: false, articles: true, sources: false } }],
  ])('%s', async (_name, scope, options) => {
    const { briefing, quotes, tree } = await build(scope, options)
    expect(quotes).toHaveLength(briefing.stats.quotes)
    expect(all(tree, 'blockquote')).toHaveLength(briefing.stats.quotes)
    expect(briefing.markdown.endsWith('\n')).toBe(true)
    expect(briefing.fileName).toMatch(/\.md$/)
  })

  it('has a title, the date, the scope, a table of contents, a section per entity with its parts, per article, orphans and sources', async () => {
    const { briefing, tree } = await build({ kind: 'entities', entityIds: ['scale-ai', 'mark-zuckerberg'] })
    expect(headings(tree, 1)).toEqual(['إحاطة: سكيل إيه آي، مارك زوكربيرغ'])
    expect(textOf(tree)).toContain('2025-03-01')
    expect(headings(tree, 2)).toEqual(['المحتويات', 'سكيل إيه آي', 'مارك زوكربيرغ', 'حسب المقال', 'تظليلات يتيمة', 'المصادر'])
    expect(headings(tree, 3)).toEqual(expect.arrayContaining(['الملاحظات', 'اقتباسات رئيسية', 'الإشارات حسب المصدر', 'كيانات ذات صلة']))
    expect(headings(tree, 4)).toEqual(['ملاحظة عن Scale AI', 'ملاحظة عدائية', 'ملاحظة تالفة'])
    const toc = all(tree, 'list')[1]
    expect(all(toc as never, 'link').map((l) => l.url)).toEqual(expect.arrayContaining(['#entity-scale-ai', '#entity-mark-zuckerberg', '#articles', '#orphans', '#sources']))
    expect(briefing.stats).toMatchObject({ entities: 2, orphans: 1, notes: 3 })
    expect(briefing.fileName).toBe('إحاطة - سكيل إيه آي، مارك زوكربيرغ.md')
  })

  it('quotes under an entity the highlights that contain its mentions or are tagged with it, in library order', async () => {
    const { quotes, highlights } = await build({ kind: 'entities', entityIds: ['scale-ai'] }, { lang: 'ar', sections: { entities: true, articles: false, sources: true } })
    // Contains "Scale AI": the first two; tagged by hand: the fourth (its text names Mercor and Surge only).
    const wanted = [highlights[0], highlights[3], highlights[1]].map((h) => ({ articleId: h?.articleId, start: h?.anchor?.start, end: h?.anchor?.end }))
    expect(quotes.map(({ articleId, start, end }) => ({ articleId, start, end }))).toEqual(wanted)
  })

  it('keeps a comment with its quote, multi-line comments as hard breaks, markup in them as text', async () => {
    const { tree } = await build({ kind: 'entities', entityIds: ['scale-ai'] })
    const paragraphs = all(tree, 'paragraph').map(textOf)
    expect(paragraphs.some((p) => p.includes('تعليق: سطر أول\n<b>سطر</b> ثانٍ *مهم*'))).toBe(true)
  })

  it('lists an orphan under its own heading, marked, never as a quote', async () => {
    const { tree, quotes } = await build({ kind: 'entities', entityIds: ['scale-ai'] })
    expect(quotes.some((q) => q.text.includes('فقرة حُذفت'))).toBe(false)
    const items = all(tree, 'listItem').map(textOf).filter((t) => t.includes('فقرة حُذفت من المقال عن Scale AI'))
    expect(items).toHaveLength(1)
    expect(items[0]).toMatch(/^يتيم — آخر نص محفوظ: «/)
    expect(textOf(tree)).toContain('تظليلات يتيمة عنه (1)')
  })

  it('counts mentions per source in a table, with a total', async () => {
    const { tree } = await build({ kind: 'entities', entityIds: ['scale-ai'] })
    const table = all(tree, 'table')[0]
    const rows = (table?.children ?? []).map((r) => r.children.map((c) => textOf(c)))
    expect(rows[0]).toEqual(['المصدر', 'الإشارات'])
    const counts = rows.slice(1, -1).map((r) => Number(r[1]))
    expect(counts.every((n) => n > 0)).toBe(true)
    expect(rows.at(-1)).toEqual(['المجموع', String(counts.reduce((a, b) => a + b, 0))])
  })

  it('links an @mention to the mentioned entity’s section when it has one, and leaves it plain text otherwise', async () => {
    const withWang = await build({ kind: 'entities', entityIds: ['scale-ai', 'alexandr-wang'] })
    expect(all(withWang.tree, 'link').find((l) => textOf(l) === 'ألكسندر وانغ' && l.url.startsWith('#'))?.url).toBe('#entity-alexandr-wang')
    const alone = await build({ kind: 'entities', entityIds: ['scale-ai'] })
    expect(all(alone.tree, 'link').some((l) => textOf(l) === 'ألكسندر وانغ')).toBe(false)
    expect(all(alone.tree, 'paragraph').some((p) => textOf(p).includes('وقادها ألكسندر وانغ ثم'))).toBe(true)
  })

  it('converts a note’s headings, lists, emphasis and links', async () => {
    const { tree } = await build({ kind: 'entities', entityIds: ['scale-ai'] })
    expect(headings(tree, 5)).toContain('الخلفية')
    expect(all(tree, 'strong').map(textOf)).toContain('ميتا')
    const link = all(tree, 'link').find((l) => l.url === 'https://techcrunch.com/')
    expect(link && all(link, 'emphasis').map(textOf)).toEqual(['تك كرانش'])
    const items = all(tree, 'listItem').map((li) => withoutMark(textOf(li)))
    expect(items).toEqual(expect.arrayContaining(['صفقة بقيمة 14.3 مليار دولار', '- بيانات للتدريب', 'أولًا']))
  })

  it('per article: every in-scope highlight of each article in reading order', async () => {
    const { tree, highlights } = await build({ kind: 'articles', articleIds: [A001, A002] }, { lang: 'ar', sections: { entities: false, articles: true, sources: true } })
    expect(headings(tree, 3)).toHaveLength(2)
    const cited = all(tree, 'link').filter((l) => l.url.includes('start=')).map((l) => l.url)
    const order = [highlights[0], highlights[3], highlights[1]].map((h) => `daftar://article/${h?.articleId}?start=${h?.anchor?.start}&end=${h?.anchor?.end}`)
    expect(cited).toEqual(order)
  })

  it('without a per-article section, quotes the highlights about no entity under Other highlights and notes, so none is lost', async () => {
    const f = await briefingFixture()
    const plain = span(f.backend, A001, 'مع أنه أمضى', 'شركته السابقة') // names no one
    valueOf(await f.handlers.createHighlights([{ articleId: A001, ...plain, color: 'yellow', comment: '' }]))
    const articles = new Map<string, Article>(f.backend.articles().map((a) => [a.id, a]))
    const entitiesOnly: BriefingOptions = { lang: 'en', sections: { entities: true, articles: false, sources: true } }
    for (const scope of [{ kind: 'everything' }, { kind: 'highlights', colors: ['yellow'], tagIds: [] }] satisfies BriefingScope[]) {
      const briefing = valueOf<Briefing>(await briefingFor(f.backend, scope, entitiesOnly, NOW))
      const { tree, quotes } = checkBriefing(briefing.markdown, articles)
      expect(headings(tree, 2)).toContain('Other highlights and notes')
      expect(quotes.filter((q) => q.start === plain.start && q.end === plain.end)).toHaveLength(1)
      const anchored = valueOf<AnchoredHighlight[]>(await f.backend.highlights.listAll()).filter((h) => h.anchor && (scope.kind === 'everything' || h.color === 'yellow'))
      expect(new Set(quotes.map((q) => `${q.articleId}:${q.start}:${q.end}`))).toEqual(new Set(anchored.map((h) => `${h.articleId}:${h.anchor?.start}:${h.anchor?.end}`)))
    }
    // Beside a per-article section it is not repeated.
    const withArticles = valueOf<Briefing>(await briefingFor(f.backend, { kind: 'everything' }, ALL_SECTIONS, NOW))
    expect(headings(checkBriefing(withArticles.markdown, articles).tree, 2)).not.toContain('تظليلات وملاحظات أخرى')
  })

  it('shows a note attached to an article (or to a highlight) with that article, once, whatever the sections', async () => {
    const f = await briefingFixture()
    const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })
    const onArticle = valueOf<Note>(await f.handlers.createNote([{ title: 'عن المقال الثالث', body: paragraph('قراءة أولى للمقال'), attachments: [{ kind: 'article', id: A003 }] }]))
    const onHighlight = valueOf<Note>(await f.handlers.createNote([{ title: 'عن التظليل الأصفر', body: paragraph('رقم يستحق التحقق'), attachments: [{ kind: 'highlight', id: f.highlights[0]?.id as string }] }]))
    const alsoEntity = valueOf<Note>(await f.handlers.createNote([{ title: 'عن سكيل والمقال', body: paragraph('تفصيل'), attachments: [{ kind: 'article', id: A001 }, { kind: 'entity', id: 'scale-ai' }] }]))
    const articles = new Map<string, Article>(f.backend.articles().map((a) => [a.id, a]))
    const titlesUnder = (tree: ReturnType<typeof checkBriefing>['tree'], section: string): string[] => {
      const nodes = tree.children
      const from = nodes.findIndex((n) => n.type === 'heading' && n.depth === 2 && withoutMark(textOf(n)) === section)
      const to = nodes.findIndex((n, i) => i > from && n.type === 'heading' && n.depth === 2)
      return nodes.slice(from, to < 0 ? undefined : to).filter((n) => n.type === 'heading' && n.depth === 4).map((n) => withoutMark(textOf(n)))
    }
    const cases: [BriefingScope, BriefingOptions, string][] = [
      [{ kind: 'everything' }, ALL_SECTIONS, 'حسب المقال'],
      [{ kind: 'everything' }, { lang: 'ar', sections: { entities: true, articles: false, sources: true } }, 'تظليلات وملاحظات أخرى'],
      [{ kind: 'articles', articleIds: [A001, A003] }, { lang: 'ar', sections: { entities: false, articles: true, sources: false } }, 'حسب المقال'],
    ]
    for (const [scope, options, section] of cases) {
      const briefing = valueOf<Briefing>(await briefingFor(f.backend, scope, options, NOW))
      const { tree } = checkBriefing(briefing.markdown, articles)
      const titles = titlesUnder(tree, section)
      expect(titles).toEqual(expect.arrayContaining([onArticle.title, onHighlight.title]))
      // Shown once: under Scale AI when the entity sections are on, else with its article.
      const all4 = all(tree, 'heading').filter((h) => h.depth === 4).map((h) => withoutMark(textOf(h)))
      expect(all4.filter((t) => t === alsoEntity.title)).toHaveLength(1)
      expect(titles.includes(alsoEntity.title)).toBe(!options.sections.entities)
      expect(briefing.stats.notes).toBe(new Set(all4).size)
    }
    // A colour scope brings the notes of its highlights only.
    const yellow = valueOf<Briefing>(await briefingFor(f.backend, { kind: 'highlights', colors: ['yellow'], tagIds: [] }, { lang: 'ar', sections: { entities: false, articles: true, sources: false } }, NOW))
    expect(titlesUnder(checkBriefing(yellow.markdown, articles).tree, 'حسب المقال')).toEqual([onHighlight.title])
  })

  it('lists every source with its file, and its section and date when known', async () => {
    const { tree } = await build({ kind: 'everything' })
    const sources = all(tree, 'list').at(-1)
    const lines = (sources?.children ?? []).map((li) => withoutMark(textOf(li)))
    expect(lines.some((l) => l.includes('الملف: 002_ac22526983ea9195.txt') && l.includes('القسم: تكنولوجيا'))).toBe(true)
    // 003 prints "8 hours ago": shown as printed, never as its publication date.
    expect(lines.some((l) => l.includes('ورد في المقال: 8 hours ago'))).toBe(true)
    expect(lines.some((l) => l.includes('نُشر: 8 hours ago'))).toBe(false)
  })

  it('is the same bytes for the same data, scope, options and day', async () => {
    const f = await briefingFixture()
    const scope: BriefingScope = { kind: 'entities', entityIds: ['scale-ai'] }
    const a = valueOf<Briefing>(await briefingFor(f.backend, scope, ALL_SECTIONS, NOW))
    const b = valueOf<Briefing>(await briefingFor(f.backend, scope, ALL_SECTIONS, () => new Date('2025-03-01T23:59:00Z')))
    expect(b.markdown).toBe(a.markdown)
  })
})
