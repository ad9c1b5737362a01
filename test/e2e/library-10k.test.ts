import { rmSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateCorpus } from '../bench/generate-corpus'
import { launchChromium, newPage, screenshot } from './support/browser'
import { openApp, SEEDS_DIR, startApp, tempDir, type RunningApp } from './support/app'

const COUNT = 10_000
let browser: Browser
let app: RunningApp
let page: Page
let seeds: string

beforeAll(async () => {
  seeds = tempDir('seeds-10k')
  await generateCorpus(seeds, COUNT, SEEDS_DIR)
  app = await startApp({ seedsDir: seeds })
  browser = await launchChromium()
  page = await newPage(browser)
  await openApp(page, app.url)
})

afterAll(async () => {
  await browser?.close()
  await app?.dispose()
  rmSync(seeds, { recursive: true, force: true })
})

const rowsInDom = (): Promise<number> => page.locator('.library-list > li').count()
const countText = (): Promise<string | null> => page.textContent('.library-count')

describe('a library of 10,000 articles', () => {
  it('renders only the rows in view and scrolls to the last article', async () => {
    expect(await countText()).toContain('10,000')
    expect(await rowsInDom()).toBeLessThan(60)
    const scroller = page.locator('.virtual-scroller')
    const started = Date.now()
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight))
    await page.waitForSelector('.library-button[data-index="9999"]')
    expect(Date.now() - started).toBeLessThan(1000)
    expect(await rowsInDom()).toBeLessThan(60)
    const last = page.locator('.library-button[data-index="9999"]')
    expect(await last.isVisible()).toBe(true)
    await screenshot(page, 'library-10k-bottom')
  })

  it('filters and sorts 10,000 rows at typing speed', async () => {
    const filter = page.locator('.library-filter')
    const started = Date.now()
    await filter.fill('مختبر')
    await expect.poll(countText).toMatch(/من 10,000/)
    expect(Date.now() - started).toBeLessThan(1500)
    const shown = Number(((await countText()) ?? '').split(' ')[0]?.replace(/,/g, ''))
    expect(shown).toBeGreaterThan(0)
    expect(shown).toBeLessThan(COUNT)
    for (const title of await page.locator('.library-title').allTextContents()) expect(title.replace(/[\u064b-\u065f\u0670\u0640]/g, '')).toMatch(/مختبر|مختبرات/)
    await page.selectOption('select[data-control="sort"]', 'words')
    const words = await page.locator('.library-meta').allTextContents()
    expect(words.length).toBeGreaterThan(3)
    await filter.fill('')
    await expect.poll(countText).toContain('10,000')
    await screenshot(page, 'library-10k-filtered')
  })

  it('walks the list with the keyboard past the rendered rows', async () => {
    await page.locator('.virtual-scroller').evaluate((el) => el.scrollTo(0, 0))
    await page.locator('.library-button[data-index="0"]').focus()
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe('40')
    await page.keyboard.press('End')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe('9999')
  })
})
