import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { screenshot } from './support/browser'
import { useAppSession } from './support/session'

const session = useAppSession()

const A004 = '004_b38019a071557b20'

async function openFigures(page: Page): Promise<void> {
  await page.click('[data-action="story"]')
  await page.click('[data-tab="figures"]')
  await page.waitForSelector('.figure-claim')
}

/** The card whose figure (as written) is `text`. */
const card = (page: Page, text: string) => page.locator('.figure-claim', { has: page.locator('.figure-as-written', { hasText: text }) })

const stored = (): { decisions: { kind: string; sources: { articleId: string; quote: string }[] }[] } =>
  JSON.parse(readFileSync(join(session.app.dataDir, 'figures.json'), 'utf8'))

describe('the story’s figures across sources', () => {
  it('shows the seeds’ claims: 100 against 300 million side by side, 14.3 billion from three agreeing sources', async () => {
    const page = session.page
    await openFigures(page)
    expect(await page.locator('.figures-panel').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')
    // Disagreements come first.
    const first = page.locator('.figure-claim').first()
    expect(await first.getAttribute('class')).toContain('agreement-disagree')
    const offers = card(page, '300 مليون دولار')
    expect(await offers.locator('.figure-claim-title').textContent()).toBe('100 مليون دولار أمريكي مقابل 300 مليون دولار أمريكي')
    expect(await offers.locator('.figure-agreement').textContent()).toBe('المصادر مختلفة')
    expect(await offers.locator('.figure-value').count()).toBe(2)
    // The two values sit side by side (one row of the grid), the first on the right in Arabic.
    const [right, left] = await offers.locator('.figure-value').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))
    expect(Math.abs((right?.top ?? 0) - (left?.top ?? 1))).toBeLessThan(2)
    expect(right?.left ?? 0).toBeGreaterThan(left?.left ?? 0)

    const deal = card(page, '14.3 مليار دولار')
    expect(await deal.locator('.figure-agreement').textContent()).toBe('3 مصادر متفقة')
    expect(await deal.locator('.figure-source').count()).toBe(3)
    expect(await deal.locator('.figure-source mark').first().textContent()).toBe('14.3 مليار دولار')
    expect(await deal.locator('.figure-about .chip').allTextContents()).toContain('سكيل إيه آي')
    await page.evaluate(() => document.fonts.ready)
    await screenshot(page, 'story-figures')
  })

  it('jumps from a source to the figure in its article, from the keyboard', async () => {
    const page = session.page
    const jump = card(page, '14.3 مليار دولار').locator(`.figure-source[data-article-id="${A004}"] [data-action="figure-jump"]`)
    await jump.focus()
    await page.keyboard.press('Enter')
    await page.waitForSelector(`article[data-article-id="${A004}"] .article-body .block`)
    await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('14.3 مليار دولار')
  })

  it('keeps a split and a dismissal (figures.json), shows them again after a reload, and undoes them', async () => {
    const page = session.page
    await openFigures(page)
    await card(page, '14.3 مليار دولار').first().locator(`.figure-source[data-article-id="${A004}"] [data-action="figure-split"]`).click()
    await expect.poll(() => card(page, '14.3 مليار دولار').count()).toBe(2)
    await card(page, '300 مليون دولار').locator('[data-action="figure-dismiss"]').click()
    await expect.poll(() => card(page, '300 مليون دولار').count()).toBe(0)
    expect(stored().decisions.map((d) => d.kind)).toEqual(['split', 'dismiss'])
    expect(stored().decisions[0]?.sources).toEqual([expect.objectContaining({ articleId: A004, quote: '14.3 مليار دولار' })])

    await page.reload()
    await page.waitForSelector('.article-body .block')
    await openFigures(page)
    const parts = card(page, '14.3 مليار دولار')
    await expect.poll(() => parts.count()).toBe(2)
    expect(await parts.locator('.figure-agreement').allTextContents()).toEqual(['مصدران متفقان', 'مصدر واحد'])
    expect(await parts.nth(1).locator('.figure-status').textContent()).toBe('مفصول عن ادعاء آخر')
    await page.check('[data-filter="dismissed"]')
    expect(await card(page, '300 مليون دولار').locator('.figure-status').textContent()).toBe('مستبعَد')
    // Undo both: the claims are as they were.
    await card(page, '300 مليون دولار').locator('[data-action="figure-undo"]').click()
    await expect.poll(() => card(page, '300 مليون دولار').locator('.figure-status').count()).toBe(0)
    await parts.nth(1).locator('[data-action="figure-undo"]').click()
    await expect.poll(() => card(page, '14.3 مليار دولار').locator('.figure-source').count()).toBe(3)
    await page.uncheck('[data-filter="dismissed"]')
    await expect.poll(() => card(page, '300 مليون دولار').count()).toBe(1)
    expect(stored().decisions).toEqual([])
  })

  it('filters: disagreements only, and the entity in focus', async () => {
    const page = session.page
    await page.check('[data-filter="disagreements"]')
    const agreements = await page.locator('.figure-claim').evaluateAll((els) => els.map((el) => el.className))
    expect(agreements.length).toBeGreaterThan(0)
    expect(agreements.every((c) => c.includes('agreement-disagree'))).toBe(true)
    await page.uncheck('[data-filter="disagreements"]')
    await card(page, '14.3 مليار دولار').locator('.figure-about [data-entity-id="scale-ai"]').click()
    await page.waitForSelector('[data-action="story-everything"]')
    await expect.poll(async () => (await page.locator('.figure-claim').evaluateAll((els) => els.every((el) => el.querySelector('[data-entity-id="scale-ai"]') !== null)))).toBe(true)
    // Meta's 50 billion for its own models is not about Scale AI.
    expect(await card(page, '50 مليار دولار').count()).toBe(0)
    await page.click('[data-action="story-everything"]')
    await expect.poll(() => card(page, '50 مليار دولار').count()).toBe(1)
  })

  it('speaks English left to right, the quotes still right to left', async () => {
    const page = session.page
    await page.click('[data-action="settings"]')
    await page.selectOption('select[name="locale"]', 'en')
    await page.keyboard.press('Escape')
    await openFigures(page)
    expect(await page.locator('.figures-panel').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr')
    const deal = card(page, '14.3 مليار دولار')
    expect(await deal.locator('.figure-agreement').textContent()).toBe('3 sources agree')
    expect(await deal.locator('.figure-claim-title').textContent()).toBe('14.3 billion US dollars')
    expect(await deal.locator('.figure-quote').first().evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')
    await page.evaluate(() => document.fonts.ready)
    await screenshot(page, 'story-figures-en')
    await page.click('[data-action="settings"]')
    await page.selectOption('select[name="locale"]', 'ar')
    await page.keyboard.press('Escape')
  })
})
