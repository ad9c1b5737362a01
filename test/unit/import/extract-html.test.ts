import { describe, expect, it } from 'vitest'
import { extractHtml } from '../../../src/backend/import/extract-html'
import { parseImport } from '../../../src/backend/import/parse-import'
import { DECOYS, hostilePage, readableBlocks } from '../../support/hostile-page'
import { seed } from '../../support/seeds'

const article = seed('004')

describe('a saved web page full of scripts, frames and hidden decoys', () => {
  const page = hostilePage(article)

  it('gives back exactly the seed’s title, headings and paragraphs, in order', () => {
    const extracted = extractHtml(page)
    expect(extracted.title).toBe(article.meta.title)
    const seedBlocks = readableBlocks(article).filter((b) => b.kind !== 'title')
    expect(extracted.blocks.map((b) => ({ kind: b.kind, text: b.text }))).toEqual(expect.arrayContaining(seedBlocks))
    const ownTexts = extracted.blocks.map((b) => b.text).filter((t) => seedBlocks.some((s) => s.text === t))
    expect(ownTexts).toEqual(seedBlocks.map((b) => b.text))
  })

  it('keeps nothing of the decoys, the scripts, the frames or the markup', () => {
    const parsed = parseImport('page', 'page.html', Buffer.from(page))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    for (const decoy of DECOYS) expect(parsed.article.text, decoy).not.toContain(decoy)
    expect(parsed.article.text).not.toMatch(/<[a-z!/]/i)
  })

  it('runs none of the page’s scripts', () => {
    const sentinel = '__daftarExtractSentinel'
    extractHtml(hostilePage(article, sentinel))
    expect((globalThis as Record<string, unknown>)[sentinel]).toBeUndefined()
  })

  it('keeps the page’s byline, site name and date as metadata, and hides its comment form as chrome', () => {
    const parsed = parseImport('page', 'page.html', Buffer.from(page))
    if (!parsed.ok) throw new Error(parsed.error.message)
    expect(parsed.article.meta).toMatchObject({ title: article.meta.title, titleSource: 'line', byline: 'فريق التحرير', siteName: 'البوابة التقنية', published: '2025-06-14T09:30:00Z', format: 'html' })
    const visible = parsed.article.blocks.filter((b) => b.kind !== 'chrome').map((b) => parsed.article.text.slice(b.start, b.end))
    expect(visible).not.toContain('اترك تعليقاً')
    // Offsets are spans of the text, as for a text file.
    for (const b of parsed.article.blocks) expect(b.end).toBeGreaterThan(b.start)
    expect(parsed.article.text.slice(0, article.meta.title.length)).toBe(article.meta.title)
  })

  it('is recognised as a page when it arrives named .txt, and says so', () => {
    const parsed = parseImport('page', 'page.txt', Buffer.from(page))
    if (!parsed.ok) throw new Error(parsed.error.message)
    expect(parsed.article.meta.format).toBe('html')
    expect(parsed.warnings.join(' ')).toMatch(/web page/)
    for (const decoy of DECOYS) expect(parsed.article.text).not.toContain(decoy)
  })
})
