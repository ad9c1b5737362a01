// @vitest-environment jsdom
import type { Code, Image, Table } from 'mdast'
import { describe, expect, it } from 'vitest'
import { briefingFor } from '../../../src/backend/briefing/briefing-service'
import { parseDeepLink } from '../../../src/core/briefing/deep-link'
import type { Briefing, BriefingOptions } from '../../../src/core/briefing/scope'
import type { Article } from '../../../src/core/corpus/types'
import { all, textOf, withoutMark } from '../../support/markdown'
import { valueOf } from '../helpers/backend'
import { checkBriefing } from '../briefing/check-briefing'
import { briefingFixture, NOW } from '../briefing/fixture'
import { mermaidParser } from './mermaid-parse'

const WITH_RELATIONS: BriefingOptions = { lang: 'ar', sections: { entities: true, articles: false, sources: true }, with: ['relations'] }

async function build(options: BriefingOptions = WITH_RELATIONS, scope: Parameters<typeof briefingFor>[1] = { kind: 'everything' }) {
  const f = await briefingFixture()
  const briefing = valueOf<Briefing>(await briefingFor(f.backend, scope, options, NOW))
  const articles = new Map<string, Article>(f.backend.articles().map((a) => [a.id, a]))
  return { ...f, briefing, articles, ...checkBriefing(briefing.markdown, articles) }
}

describe('the briefing relations section', () => {
  it('is valid GFM: a Mermaid block Mermaid itself parses, the picture linked beside, a table citing with deep links', async () => {
    const { briefing, tree, articles, backend } = await build()
    const heading = all(tree, 'heading').find((h) => withoutMark(textOf(h)) === 'شبكة العلاقات')
    expect(heading).toBeDefined()
    expect(briefing.markdown).toContain('<a id="relations"></a>')

    const blocks = all(tree, 'code').filter((c: Code) => c.lang === 'mermaid')
    expect(blocks).toHaveLength(1)
    const mermaid = (blocks[0] as Code).value
    expect(mermaid.split('\n')[0]).toBe('graph LR')
    const parse = await mermaidParser()
    await expect(parse(mermaid)).resolves.toBeTruthy()
    // The check can fail: the same text with one label's quote left unescaped is refused.
    const broken = mermaid.replace(/\["([^"]*)"\]/, '["$1"x"]')
    expect(broken).not.toBe(mermaid)
    await expect(parse(broken)).rejects.toThrow(/Parse error/)

    // Every node id ASCII, every label quoted; every tie labelled with a number of paragraphs.
    const nodeLines = mermaid.split('\n').filter((l) => /^\s+n\d+\["/.test(l))
    const edgeLines = mermaid.split('\n').filter((l) => /---\|/.test(l))
    expect(nodeLines.length).toBeGreaterThan(2)
    for (const line of edgeLines) expect(line).toMatch(/^ {2}n\d+ ---\|\d+\| n\d+$/)
    expect(edgeLines.length).toBeLessThanOrEqual(30)
    expect(mermaid).toContain('"مارك زوكربيرغ"')

    // The SVG travels with the briefing, under the name the Markdown links to (relative).
    const [file] = briefing.files ?? []
    expect(file?.mediaType).toBe('image/svg+xml')
    const image = all(tree, 'image')[0] as Image
    expect(image.url.startsWith('./')).toBe(true)
    expect(decodeURIComponent(image.url.slice(2))).toBe(file?.name)
    expect(file?.name.endsWith('.relations.svg')).toBe(true)
    expect(file?.content.match(/<g class="node"/g)).toHaveLength(nodeLines.length)

    // The table: one row per tie, each citing a paragraph both entities are mentioned in.
    const table = all(tree, 'table').at(-1) as Table
    expect(table.children).toHaveLength(edgeLines.length + 1)
    const firstRow = table.children[1]
    const link = all(firstRow as Table['children'][number], 'link').find((l) => l.url.startsWith('daftar:'))
    const cited = parseDeepLink(link?.url ?? '')
    expect(cited?.range).toBeDefined()
    const article = articles.get(cited?.articleId ?? '') as Article
    const block = article.blocks.find((b) => b.start === cited?.range?.start && b.end === cited?.range?.end)
    expect(block, 'the citation is a whole paragraph').toBeDefined()
    const [a, b] = all(firstRow as Table['children'][number], 'tableCell').slice(0, 2).map((c) => withoutMark(textOf(c)))
    const names = (id: string): string[] => {
      const e = backend.entities.entities.find((x) => x.id === id)
      return e ? [e.nameAr, e.nameLatin, ...e.aliases].filter(Boolean) : []
    }
    const idOf = (name: string): string => backend.entities.entities.find((e) => e.nameAr === name || e.nameLatin === name)?.id ?? ''
    const paragraph = article.text.slice(block?.start, block?.end)
    for (const name of [a, b]) expect(names(idOf(name ?? '')).some((n) => paragraph.includes(n)), `${name} in the cited paragraph`).toBe(true)
  })

  it('is the same bytes twice (the layout has no randomness), and English labels its section in English', async () => {
    const first = await build({ ...WITH_RELATIONS, lang: 'en' })
    const second = await build({ ...WITH_RELATIONS, lang: 'en' })
    expect(second.briefing.markdown).toBe(first.briefing.markdown)
    expect(second.briefing.files).toEqual(first.briefing.files)
    expect(all(first.tree, 'heading').some((h) => withoutMark(textOf(h)) === 'Relations')).toBe(true)
  })

  it('without the option, the briefing has no relations and no extra file', async () => {
    const { briefing } = await build({ ...WITH_RELATIONS, with: [] })
    expect(briefing.markdown).not.toContain('mermaid')
    expect(briefing.files).toBeUndefined()
  })
})
