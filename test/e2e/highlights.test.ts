import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, newPage, screenshot } from './support/browser'
import { openApp, openArticle, startApp, type RunningApp } from './support/app'
import { dragSelect, showPhrase } from './support/select'

let browser: Browser
let app: RunningApp
let page: Page

const ARTICLE = '003_5733bacec403bece'
const PHRASE = 'استثمرت ميتا 14.3 مليار دولار في شركة Scale AI'

beforeAll(async () => {
  browser = await launchChromium()
  app = await startApp()
  page = await newPage(browser)
  await openApp(page, app.url)
  await openArticle(page, ARTICLE)
})

afterAll(async () => {
  await browser?.close()
  await app?.dispose()
})

/** The text each highlight covers on the page, joined over its wrappers (one highlight may span several). */
const markedTexts = (p: Page): Promise<Record<string, string>> =>
  p.$$eval('article mark.hl', (marks) => {
    const texts: Record<string, string> = {}
    for (const mark of marks) {
      if (mark.parentElement?.closest(`mark[data-highlight-id="${(mark as HTMLElement).dataset['highlightId']}"]`)) continue
      const id = (mark as HTMLElement).dataset['highlightId'] as string
      texts[id] = (texts[id] ?? '') + (mark.textContent ?? '')
    }
    return texts
  })

const storedHighlights = (): { id: string; color: string; comment: string; target: { quote: { exact: string } } }[] =>
  JSON.parse(readFileSync(join(app.dataDir, 'annotations', `${ARTICLE}.json`), 'utf8')).highlights

describe('highlighting Arabic text in Chromium', () => {
  it('highlights a dragged selection that crosses a Latin name, exactly as selected', async () => {
    await showPhrase(page, PHRASE)
    await dragSelect(page, PHRASE)
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(PHRASE)
    await page.waitForSelector('.selection-toolbar')
    await screenshot(page, 'highlight-selection-toolbar')
    await page.keyboard.press('1')
    await page.waitForSelector('article mark.hl-yellow')
    expect(Object.values(await markedTexts(page))).toEqual([PHRASE])
    expect(storedHighlights().map((h) => [h.color, h.target.quote.exact])).toEqual([['yellow', PHRASE]])
    expect(await page.locator('bdi mark.hl').textContent()).toBe('Scale AI')
    await page.evaluate(() => document.fonts.ready)
    await screenshot(page, 'highlight-created')
  })

  it('keeps the highlight after a reload', async () => {
    await page.reload()
    await page.waitForSelector('article mark.hl-yellow')
    expect(Object.values(await markedTexts(page))).toEqual([PHRASE])
  })

  it('creates a highlight with the keyboard only: caret mode, extend by words, a colour key', async () => {
    await page.locator('main.reader').focus()
    await page.locator('main.reader').evaluate((el) => el.scrollTo(0, 0))
    await page.keyboard.press('v')
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowLeft')
    const selected = (await page.evaluate(() => document.getSelection()?.toString())) ?? ''
    expect(selected.trim().split(/\s+/)).toHaveLength(3)
    await page.waitForSelector('.selection-toolbar')
    await page.keyboard.press('2')
    await page.waitForSelector('article mark.hl-green')
    const texts = Object.values(await markedTexts(page))
    expect(texts).toContain(selected.trim())
    expect(storedHighlights().some((h) => h.color === 'green' && h.target.quote.exact === selected.trim())).toBe(true)
  })

  it('draws overlapping highlights both, nested, each clickable', async () => {
    const overlapping = 'مليار دولار في شركة Scale AI، مما أدى'
    await showPhrase(page, overlapping)
    await dragSelect(page, overlapping)
    await page.waitForSelector('.selection-toolbar')
    await page.keyboard.press('3')
    await page.waitForSelector('article mark.hl-blue')
    const texts = await markedTexts(page)
    expect(Object.values(texts)).toEqual(expect.arrayContaining([PHRASE, overlapping]))
    expect(await page.locator('mark.hl-yellow mark.hl-blue, mark.hl-blue mark.hl-yellow').count()).toBeGreaterThan(0)
    // Each highlight stays clickable where it is alone.
    await page.locator('mark.hl-blue', { hasText: 'مما أدى' }).last().click()
    await page.waitForSelector('.highlight-card')
    expect(await page.locator('.highlight-card .swatch-button[aria-pressed="true"]').getAttribute('aria-label')).toBe('أزرق')
    await page.keyboard.press('Escape')
    await page.evaluate(() => document.fonts.ready)
    await screenshot(page, 'highlight-overlap')
  })

  it('reaches highlights by keyboard, announces colour and comment, recolours and deletes with undo', async () => {
    await page.locator('main.reader').focus()
    await page.keyboard.press('Alt+ArrowDown')
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['highlightId'] ?? null)
    const first = await focused()
    expect(first).not.toBeNull()
    const description = await page.evaluate(() => {
      const id = document.activeElement?.getAttribute('aria-describedby')
      return id ? document.getElementById(id)?.textContent : null
    })
    expect(description).toMatch(/^تظليل (أصفر|أخضر|أزرق)/)

    await page.keyboard.press('Enter')
    await page.waitForSelector('.highlight-card textarea')
    await page.locator('.highlight-card textarea').fill('صفقة Scale AI: 14.3 مليار دولار')
    await page.keyboard.press('Escape')
    await expect.poll(() => storedHighlights().find((h) => h.id === first)?.comment).toBe('صفقة Scale AI: 14.3 مليار دولار')

    await page.locator(`mark[data-highlight-id="${first}"][data-focus-target]`).focus()
    await page.keyboard.press('5')
    await expect.poll(() => storedHighlights().find((h) => h.id === first)?.color).toBe('purple')

    const before = storedHighlights().length
    await page.locator(`mark[data-highlight-id="${first}"][data-focus-target]`).focus()
    await page.keyboard.press('Delete')
    await expect.poll(() => storedHighlights().length).toBe(before - 1)
    expect(await page.locator(`mark[data-highlight-id="${first}"]`).count()).toBe(0)
    await page.keyboard.press('Control+z')
    await expect.poll(() => storedHighlights().length).toBe(before)
    await page.waitForSelector(`mark[data-highlight-id="${first}"]`)
    await page.keyboard.press('Control+z') // takes back the recolouring
    await expect.poll(() => storedHighlights().find((h) => h.id === first)?.color).not.toBe('purple')
  })

  it('lists the article’s highlights in reading order and the global view filters by colour', async () => {
    const quotes = await page.$$eval('.highlights-panel .highlight-list .highlight-quote', (els) => els.map((el) => el.textContent))
    expect(quotes.length).toBe(storedHighlights().length)
    await page.click('[data-action="all-highlights"]')
    await page.waitForSelector('.all-highlights .highlight-item')
    const all = await page.locator('.all-highlights .highlight-item').count()
    expect(all).toBe(storedHighlights().length)
    await page.selectOption('.all-highlights select[name="color"]', 'blue')
    await expect.poll(() => page.locator('.all-highlights .highlight-item').count()).toBe(storedHighlights().filter((h) => h.color === 'blue').length)
    await screenshot(page, 'highlights-all')
    await page.locator('.all-highlights .highlight-jump').first().click()
    await page.waitForSelector(`article[data-article-id="${ARTICLE}"] mark.hl`)
  })

  it('creates nothing from a whitespace-only selection and shows no toolbar', async () => {
    const count = storedHighlights().length
    await page.evaluate(() => {
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
    await page.waitForTimeout(100)
    expect(await page.locator('.selection-toolbar').count()).toBe(0)
    await page.keyboard.press('1')
    expect(storedHighlights().length).toBe(count)
  })
})
