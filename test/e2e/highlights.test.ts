import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { screenshot } from './support/browser'
import { useAppSession } from './support/session'
import { dragSelect, showPhrase } from './support/select'

const ARTICLE = '003_5733bacec403bece'
const PHRASE = 'استثمرت ميتا 14.3 مليار دولار في شركة Scale AI'

const session = useAppSession({ article: ARTICLE })

/** The text each highlight covers on the page, joined over its segments (one highlight may span several). */
const markedTexts = (p: Page): Promise<Record<string, string>> =>
  p.$$eval('article mark.hl', (marks) => {
    const texts: Record<string, string> = {}
    for (const mark of marks) {
      for (const id of ((mark as HTMLElement).dataset['highlightIds'] ?? '').split(' ')) texts[id] = (texts[id] ?? '') + (mark.textContent ?? '')
    }
    return texts
  })

const storedHighlights = (): { id: string; color: string; comment: string; target: { quote: { exact: string } } }[] =>
  JSON.parse(readFileSync(join(session.app.dataDir, 'annotations', `${ARTICLE}.json`), 'utf8')).highlights

describe('highlighting Arabic text in Chromium', () => {
  it('highlights a dragged selection that crosses a Latin name, exactly as selected', async () => {
    await showPhrase(session.page, PHRASE)
    await dragSelect(session.page, PHRASE)
    expect(await session.page.evaluate(() => document.getSelection()?.toString())).toBe(PHRASE)
    await session.page.waitForSelector('.selection-toolbar')
    await screenshot(session.page, 'highlight-selection-toolbar')
    await session.page.keyboard.press('1')
    await session.page.waitForSelector('article mark.hl-yellow')
    expect(Object.values(await markedTexts(session.page))).toEqual([PHRASE])
    expect(storedHighlights().map((h) => [h.color, h.target.quote.exact])).toEqual([['yellow', PHRASE]])
    expect(await session.page.locator('bdi mark.hl').textContent()).toBe('Scale AI')
    await session.page.evaluate(() => document.fonts.ready)
    await screenshot(session.page, 'highlight-created')
  })

  it('keeps the highlight after a reload', async () => {
    await session.page.reload()
    await session.page.waitForSelector('article mark.hl-yellow')
    expect(Object.values(await markedTexts(session.page))).toEqual([PHRASE])
  })

  it('creates a highlight with the keyboard only: caret mode, extend by words, a colour key', async () => {
    await session.page.locator('main.reader').focus()
    await session.page.locator('main.reader').evaluate((el) => el.scrollTo(0, 0))
    await session.page.keyboard.press('v')
    for (let i = 0; i < 3; i++) await session.page.keyboard.press('Control+Shift+ArrowLeft')
    const selected = (await session.page.evaluate(() => document.getSelection()?.toString())) ?? ''
    expect(selected.trim().split(/\s+/)).toHaveLength(3)
    await session.page.waitForSelector('.selection-toolbar')
    await session.page.keyboard.press('2')
    // The first green mark can be in the DOM a frame before the rest of the highlight's segments.
    await expect.poll(async () => Object.values(await markedTexts(session.page))).toContain(selected.trim())
    expect(storedHighlights().some((h) => h.color === 'green' && h.target.quote.exact === selected.trim())).toBe(true)
  })

  it('draws overlapping highlights both, nested, each clickable', async () => {
    const overlapping = 'مليار دولار في شركة Scale AI، مما أدى'
    await showPhrase(session.page, overlapping)
    await dragSelect(session.page, overlapping)
    expect(await session.page.evaluate(() => document.getSelection()?.toString())).toBe(overlapping)
    await session.page.waitForSelector('.selection-toolbar')
    await session.page.keyboard.press('3')
    await session.page.waitForSelector('article mark.hl-blue')
    await expect.poll(async () => Object.values(await markedTexts(session.page))).toEqual(expect.arrayContaining([PHRASE, overlapping]))
    // The overlap is one segment naming both highlights, drawn with both colours.
    const overlap = session.page.locator('article mark.hl[data-highlight-ids*=" "]').first()
    expect((await overlap.getAttribute('data-highlight-ids'))?.split(' ')).toHaveLength(2)
    // One flat colour, deeper than either alone: the blue mixed with the yellow under it.
    const alpha = (css: string): number => Number(/\/\s*([\d.]+)\)$|rgba\([^)]*,\s*([\d.]+)\)$/.exec(css)?.slice(1).find(Boolean) ?? 1)
    const [overlapColor, blueAlone] = await Promise.all([
      overlap.evaluate((el) => getComputedStyle(el).backgroundColor),
      session.page.locator('article mark.hl-blue:not(.hl-over)').first().evaluate((el) => getComputedStyle(el).backgroundColor),
    ])
    expect(overlapColor).not.toBe(blueAlone)
    expect(alpha(overlapColor)).toBeGreaterThan(alpha(blueAlone) * 1.3)
    expect(await overlap.evaluate((el) => getComputedStyle(el).backgroundImage)).toBe('none')
    // Each highlight stays clickable where it is alone.
    await session.page.locator('mark.hl-blue', { hasText: 'مما أدى' }).last().click()
    await session.page.waitForSelector('.highlight-card')
    expect(await session.page.locator('.highlight-card .swatch-button[aria-pressed="true"]').getAttribute('aria-label')).toBe('أزرق')
    await session.page.keyboard.press('Escape')
    // Escape closes the card a click opened, though the focus never went into it.
    await session.page.waitForSelector('.highlight-card', { state: 'detached' })
    await session.page.evaluate(() => document.fonts.ready)
    await screenshot(session.page, 'highlight-overlap')
  })

  it('reaches highlights by keyboard, announces colour and comment, recolours and deletes with undo', async () => {
    await session.page.locator('main.reader').focus()
    await session.page.keyboard.press('Alt+ArrowDown')
    const focused = () => session.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['focusId'] ?? null)
    const first = await focused()
    expect(first).not.toBeNull()
    const description = await session.page.evaluate(() => {
      const id = document.activeElement?.getAttribute('aria-describedby')
      return id ? document.getElementById(id)?.textContent : null
    })
    expect(description).toMatch(/^تظليل (أصفر|أخضر|أزرق)/)

    await session.page.keyboard.press('Enter')
    await session.page.waitForSelector('.highlight-card textarea')
    await session.page.locator('.highlight-card textarea').fill('صفقة Scale AI: 14.3 مليار دولار')
    await session.page.keyboard.press('Escape')
    await expect.poll(() => storedHighlights().find((h) => h.id === first)?.comment).toBe('صفقة Scale AI: 14.3 مليار دولار')

    await session.page.locator(`[data-focus-target][data-focus-id="${first}"]`).focus()
    await session.page.keyboard.press('5')
    await expect.poll(() => storedHighlights().find((h) => h.id === first)?.color).toBe('purple')

    const before = storedHighlights().length
    await session.page.locator(`[data-focus-target][data-focus-id="${first}"]`).focus()
    await session.page.keyboard.press('Delete')
    await expect.poll(() => storedHighlights().length).toBe(before - 1)
    await expect.poll(() => session.page.locator(`article [data-highlight-ids~="${first}"]`).count()).toBe(0)
    await session.page.keyboard.press('Control+z')
    await expect.poll(() => storedHighlights().length).toBe(before)
    await session.page.waitForSelector(`article [data-highlight-ids~="${first}"]`)
    await session.page.keyboard.press('Control+z') // takes back the recolouring
    await expect.poll(() => storedHighlights().find((h) => h.id === first)?.color).not.toBe('purple')
  })

  it('lists the article’s highlights in reading order and the global view filters by colour', async () => {
    const quotes = (): Promise<number> => session.page.locator('.highlights-panel .highlight-list .highlight-quote').count()
    await expect.poll(quotes).toBe(storedHighlights().length)
    await session.page.click('[data-action="all-highlights"]')
    await session.page.waitForSelector('.all-highlights .highlight-item')
    const all = await session.page.locator('.all-highlights .highlight-item').count()
    expect(all).toBe(storedHighlights().length)
    await session.page.selectOption('.all-highlights select[name="color"]', 'blue')
    await expect.poll(() => session.page.locator('.all-highlights .highlight-item').count()).toBe(storedHighlights().filter((h) => h.color === 'blue').length)
    await screenshot(session.page, 'highlights-all')
    await session.page.locator('.all-highlights .highlight-jump').first().click()
    await session.page.waitForSelector(`article[data-article-id="${ARTICLE}"] mark.hl`)
  })

  it('creates nothing from a whitespace-only selection and shows no toolbar', async () => {
    const count = storedHighlights().length
    await session.page.evaluate(() => {
      const p = document.querySelector('.article-body p') as HTMLElement
      const text = [...p.childNodes].map((n) => n.textContent).join('')
      const space = text.indexOf(' ')
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
      let rest = space
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const length = (n as Text).length
        if (rest < length) {
          const range = document.createRange()
          range.setStart(n, rest)
          range.setEnd(n, rest + 1)
          document.getSelection()?.removeAllRanges()
          document.getSelection()?.addRange(range)
          return
        }
        rest -= length
      }
    })
    await session.page.waitForTimeout(100)
    expect(await session.page.locator('.selection-toolbar').count()).toBe(0)
    await session.page.keyboard.press('1')
    expect(storedHighlights().length).toBe(count)
  })
})
