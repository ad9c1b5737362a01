import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, newPage, screenshot } from './support/browser'
import { openApp, openArticle, SEEDS_DIR, startApp, tempDir } from './support/app'
import { dragSelect, showPhrase } from './support/select'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

const ARTICLE = '003_5733bacec403bece'
const KEPT = 'استثمرت ميتا 14.3 مليار دولار في شركة Scale AI'
const LOST = 'وجويل بوبار مهندس في شركة Anthropic'

describe('when an article file changes under its highlights', () => {
  it('tells the user once what moved and what was orphaned, shows orphans, and re-attaches one by selection', async () => {
    const seeds = tempDir('seeds')
    for (const name of readdirSync(SEEDS_DIR)) copyFileSync(join(SEEDS_DIR, name), join(seeds, name))
    const dataDir = tempDir('orphans')
    const first = await startApp({ dataDir, seedsDir: seeds })
    const text = first.backend.article(ARTICLE)?.text as string
    for (const phrase of [KEPT, LOST]) {
      const start = text.indexOf(phrase)
      const created = await first.backend.highlights.create({ articleId: ARTICLE, start, end: start + phrase.length, color: 'pink' })
      expect(created.ok).toBe(true)
    }
    await first.stop()

    const file = join(seeds, `${ARTICLE}.txt`)
    writeFileSync(file, readFileSync(file, 'utf8').replace('وفي وقت سابق من هذا الشهر،', 'وفي تطور سابق من هذا الشهر نفسه،').replace(LOST, ''))
    const second = await startApp({ dataDir, seedsDir: seeds })
    const page = await newPage(browser)
    await openApp(page, second.url)
    await openArticle(page, ARTICLE)

    const notice = page.locator('.notice[data-kind="reanchored"]')
    await expect.poll(() => notice.count()).toBe(1)
    expect(await notice.textContent()).toContain('نُقل 1')
    expect(await notice.textContent()).toContain('تعذّر وضع 1')
    expect(await page.locator('article mark.hl-pink').first().evaluate((el, kept) => el.closest('.block')?.textContent?.includes(kept), KEPT)).toBe(true)

    const orphan = page.locator('.orphans .highlight-item')
    expect(await orphan.count()).toBe(1)
    expect(await orphan.locator('.highlight-quote').textContent()).toBe(LOST)
    await page.evaluate(() => document.fonts.ready)
    await screenshot(page, 'highlights-orphan')

    await orphan.locator('button', { hasText: 'أعد الربط' }).click()
    await page.waitForSelector('.reattach-banner')
    const target = 'بيي صن الباحث الرئيسي في Google DeepMind'
    await showPhrase(page, target)
    await dragSelect(page, target)
    await page.waitForSelector('.selection-toolbar button:has-text("اربط")')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('.orphans .highlight-item').count()).toBe(0)
    const marked = await page.$$eval('article mark.hl-pink', (marks) => marks.map((m) => m.textContent).join('|'))
    expect(marked).toContain('بيي صن الباحث الرئيسي في ')

    // Undo puts the orphan back as the server places it: among the orphans, its mark gone from the text.
    await page.locator('main.reader').focus()
    await page.keyboard.press('Control+z')
    await expect.poll(() => page.locator('.orphans .highlight-item').count()).toBe(1)
    expect(await page.locator('.orphans .highlight-item .highlight-quote').textContent()).toBe(LOST)
    await expect.poll(() => page.$$eval('article mark.hl-pink', (marks) => marks.map((m) => m.textContent).join('|'))).not.toContain('بيي صن')

    // Told once: a restart does not report the same change again.
    await page.context().close()
    await second.stop()
    const third = await startApp({ dataDir, seedsDir: seeds })
    const again = await newPage(browser)
    await openApp(again, third.url)
    await openArticle(again, ARTICLE)
    await again.waitForSelector('article mark.hl-pink')
    expect(await again.locator('.notice[data-kind="reanchored"]').count()).toBe(0)
    await again.context().close()
    await third.dispose()
  })
})
