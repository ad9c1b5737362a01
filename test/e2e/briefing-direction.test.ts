import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { briefingFor } from '../../src/backend/briefing/briefing-service'
import { screenshot } from './support/browser'
import { addScaleAiHighlights } from './support/briefing-data'
import { useAppSession } from './support/session'

/**
 * Direction in a Markdown viewer: the briefing rendered by a CommonMark/GFM renderer that keeps raw
 * HTML (as GitHub, VS Code and pandoc do), shown in Chromium inside a LEFT-TO-RIGHT page — the
 * viewer's own direction — so only the briefing's technique can make its Arabic right to left.
 */
const session = useAppSession()
/** The briefing about Scale AI with headings in Arabic, and in English, rendered to HTML by micromark. */
let html = ''
let htmlEn = ''

beforeAll(async () => {
  await addScaleAiHighlights(session.app.backend)
  const render = async (lang: 'ar' | 'en'): Promise<string> => {
    const built = await briefingFor(session.app.backend, { kind: 'entities', entityIds: ['scale-ai'] }, { lang, sections: { entities: true, articles: true, sources: true } }, () => new Date('2025-03-01T00:00:00Z'))
    if (!built.ok) throw new Error(built.error.message)
    return micromark(built.value.markdown, { allowDangerousHtml: true, allowDangerousProtocol: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] })
  }
  html = await render('ar')
  htmlEn = await render('en')
})

/** Direction of every block, and whether its own text (not runs isolated inside it) is mostly Arabic. */
const blockDirections = (page: Page): Promise<{ text: string; arabic: boolean; direction: string; quote: boolean }[]> =>
  page.$$eval('#viewer p, #viewer li, #viewer h1, #viewer h2, #viewer h3, #viewer h4, #viewer td, #viewer th', (els) =>
    els.map((el) => {
      const own = el.cloneNode(true) as HTMLElement
      for (const nested of own.querySelectorAll('[dir], ul, ol, blockquote')) nested.remove()
      const text = own.textContent ?? ''
      const arabic = (text.match(/[\u0600-\u06ff]/g) ?? []).length
      const latin = (text.match(/[A-Za-z]/g) ?? []).length
      return { text: text.slice(0, 40), arabic: arabic > latin, direction: getComputedStyle(el).direction, quote: el.closest('blockquote') !== null }
    }),
  )

/** Shows `markup` as a left-to-right viewer would (the app's fonts, no app styles). */
async function showInViewer(page: Page, markup: string): Promise<void> {
  await page.evaluate((content) => {
    document.documentElement.dir = 'ltr'
    document.documentElement.lang = 'en'
    for (const sheet of [...document.styleSheets]) if (sheet.ownerNode instanceof HTMLElement) sheet.ownerNode.setAttribute('media', 'not all')
    document.body.innerHTML = `<main id="viewer">${content}</main>`
    const viewer = document.getElementById('viewer') as HTMLElement
    viewer.style.fontFamily = "'Noto Naskh Arabic', 'DejaVu Sans', sans-serif"
    viewer.style.fontSize = '18px'
    viewer.style.lineHeight = '1.8'
    viewer.style.maxWidth = '1100px'
    viewer.style.margin = '1rem auto'
  }, markup)
  await page.evaluate(() => document.fonts.ready)
}

type Box = { left: number; right: number; top: number }

/** The screen box of `word` (its nth occurrence) inside the element. */
async function boxesOf(page: Page, selector: string, words: string[]): Promise<Record<string, Box>> {
  return page.$eval(
    selector,
    (el, wanted) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      const out: Record<string, Box> = {}
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        for (const word of wanted) {
          const at = n.data.indexOf(word)
          if (at < 0 || out[word]) continue
          const range = document.createRange()
          range.setStart(n, at)
          range.setEnd(n, at + word.length)
          const r = range.getClientRects()[0] as DOMRect
          out[word] = { left: r.left, right: r.right, top: r.top }
        }
      }
      return out
    },
    words,
  )
}

const WORDS = ['وشركة', 'Scale', 'AI', 'المتخصصة', 'قدره', '14', '.3', 'مليار']

describe('a briefing keeps its direction in a Markdown viewer', () => {
  it('renders Arabic blocks right to left inside a left-to-right page', async () => {
    const page = session.page
    await showInViewer(page, html)
    const arabic = (await blockDirections(page)).filter((b) => b.arabic && b.text.trim())
    expect(arabic.length).toBeGreaterThan(20)
    for (const b of arabic) expect(b.direction, b.text).toBe('rtl')
    // A quote that begins with a Latin name is still an Arabic, right-to-left paragraph.
    const latinFirst = await page.$$eval('#viewer blockquote p', (ps) => ps.filter((p) => (p.textContent ?? '').includes('Meta Superintelligence Labs')).map((p) => getComputedStyle(p).direction))
    expect(latinFirst.length).toBeGreaterThan(0)
    expect(new Set(latinFirst)).toEqual(new Set(['rtl']))
    // The ISO date after an Arabic label keeps its order (digits after Arabic letters would otherwise reorder).
    const date = await boxesOf(page, '#viewer li:has-text("التاريخ")', ['2025', '03', '01'])
    expect(date['2025']!.left).toBeLessThan(date['03']!.left)
    expect(date['03']!.left).toBeLessThan(date['01']!.left)
    await screenshot(page, 'briefing-direction-viewer')
  })

  it('with English headings: the structure left to right, the Arabic quotes right to left', async () => {
    const page = session.page
    await showInViewer(page, htmlEn)
    const blocks = await blockDirections(page)
    // Quotes read as their (Arabic) article does, even one with more Latin letters than Arabic: checked below.
    for (const b of blocks.filter((x) => x.text.trim() && !x.quote)) expect(b.direction, b.text).toBe(b.arabic ? 'rtl' : 'ltr')
    expect(await page.$eval('#viewer h1', (h) => getComputedStyle(h).direction)).toBe('ltr')
    expect(await page.$$eval('#viewer blockquote p', (ps) => ps.map((p) => getComputedStyle(p).direction))).toEqual(['rtl', 'rtl', 'rtl', 'rtl'])
    await screenshot(page, 'briefing-direction-viewer-en')
  })

  it('shows a line mixing Arabic with "Scale AI" and "14.3" in the right visual order', async () => {
    const page = session.page
    await showInViewer(page, html)
    const quote = '#viewer blockquote:has(p:text-matches("14.3")) p'
    // One line, small enough to fit the screenshot: every word's box is then on the same line.
    await page.$eval(quote, (p) => Object.assign((p as HTMLElement).style, { whiteSpace: 'nowrap', fontSize: '12px' }))
    const b = await boxesOf(page, quote, WORDS)
    for (const w of WORDS) expect(b[w]?.top, `${w} on the same line`).toBeCloseTo(b['Scale']?.top ?? 0, 0)
    // Latin and numbers read left to right inside…
    expect(b['Scale']!.left).toBeLessThan(b['AI']!.left)
    expect(b['14']!.left).toBeLessThan(b['.3']!.left)
    // …while the Arabic around them reads right to left: what comes before is to the right.
    expect(b['وشركة']!.left).toBeGreaterThan(b['AI']!.right - 1)
    expect(b['المتخصصة']!.right).toBeLessThan(b['Scale']!.left + 1)
    expect(b['قدره']!.left).toBeGreaterThan(b['.3']!.right - 1)
    expect(b['مليار']!.right).toBeLessThan(b['14']!.left + 1)
    await page.$eval(quote, (p) => p.scrollIntoView({ block: 'center', inline: 'center' }))
    await screenshot(page, 'briefing-direction-mixed-line')
  })

  it('(control) the same line without the briefing’s direction technique comes out in the wrong order', async () => {
    const page = session.page
    const bare = html.replace(/<div dir="(?:rtl|ltr)">|\u200f|\u200e/g, '<div>')
    await showInViewer(page, bare)
    const quote = '#viewer blockquote:has(p:text-matches("14.3")) p'
    expect(await page.$eval(quote, (p) => getComputedStyle(p).direction)).toBe('ltr')
    await page.$eval(quote, (p) => ((p as HTMLElement).style.whiteSpace = 'nowrap'))
    const b = await boxesOf(page, quote, WORDS)
    expect(b['وشركة']!.left).toBeLessThan(b['Scale']!.left)
  })
})
