import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openArticle, SEED_IDS } from './support/app'
import { screenshot } from './support/browser'
import { closeImportReport, importThroughPicker } from './support/import'
import { selectPhrase, showPhrase } from './support/select'
import { useAppSession } from './support/session'

const session = useAppSession()

type Box = { left: number; right: number; top: number; bottom: number }
const boxOf = (page: Page, selector: string): Promise<Box> =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect()
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }
  })
const inside = (inner: Box, outer: Box): boolean => inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5

/** How many lines each element's text takes (distinct tops of its text's line boxes). */
const linesOf = (page: Page, selector: string): Promise<number[]> =>
  page.$$eval(selector, (els) =>
    els.map((el) => {
      const range = document.createRange()
      range.selectNodeContents(el)
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
    }),
  )

describe('nothing spills, wraps or is cut where it should not', () => {
  it('keeps the selection toolbar inside the reading column, its labels on one line', async () => {
    const page = session.page
    await openArticle(page, SEED_IDS[0])
    // A name near the column's left edge, with the highlights panel open beside it.
    await showPhrase(page, 'SignalFire')
    await selectPhrase(page, 'SignalFire')
    await page.waitForSelector('.selection-toolbar')
    await expect.poll(() => page.$eval('.selection-toolbar', (el) => getComputedStyle(el).visibility)).toBe('visible')
    await screenshot(page, 'layout-selection-toolbar')
    expect(inside(await boxOf(page, '.selection-toolbar'), await boxOf(page, '#reader'))).toBe(true)
    expect(await linesOf(page, '.selection-toolbar .button')).toEqual([1, 1, 1, 1])
    // At the screenshots' window size everything fits in one row.
    const bar = await boxOf(page, '.selection-toolbar')
    const button = await boxOf(page, '.selection-toolbar .button')
    expect(bar.bottom - bar.top).toBeLessThan(2 * (button.bottom - button.top))
  })

  it('wraps the toolbar into rows in a narrow window, never its labels, and stays in the column', async () => {
    const page = session.page
    await page.setViewportSize({ width: 900, height: 760 })
    try {
      await showPhrase(page, 'SignalFire')
      await selectPhrase(page, 'SignalFire')
      await expect.poll(async () => inside(await boxOf(page, '.selection-toolbar'), await boxOf(page, '#reader'))).toBe(true)
      await screenshot(page, 'layout-selection-toolbar-narrow')
      expect(await linesOf(page, '.selection-toolbar .button')).toEqual([1, 1, 1, 1])
    } finally {
      await page.evaluate(() => document.getSelection()?.removeAllRanges())
      await page.setViewportSize({ width: 1280, height: 860 })
    }
  })

  it('shows the highlight count in the library row, cutting the file name instead', async () => {
    const page = session.page
    await showPhrase(page, 'SignalFire')
    await selectPhrase(page, 'SignalFire')
    await page.waitForSelector('.selection-toolbar')
    await page.keyboard.press('1')
    await page.waitForSelector('article mark.hl')
    // The counts are re-read when the reader moves on to another article.
    await openArticle(page, SEED_IDS[1])
    const row = `.library-button[data-article-id="${SEED_IDS[0]}"]`
    await page.waitForSelector(`${row} .library-highlights`)
    await screenshot(page, 'layout-library-row-count')
    const count = await boxOf(page, `${row} .library-highlights`)
    const line = await boxOf(page, `${row} .library-meta`)
    expect(count.right - count.left).toBeGreaterThan(10)
    expect(inside(count, line)).toBe(true)
    // One line: the detail line is no taller than one of its pieces is high plus a little.
    expect(line.bottom - line.top).toBeLessThan(1.5 * (count.bottom - count.top))
  })

  it('fits the import report’s long file names and reasons without a horizontal scrollbar', async () => {
    const page = session.page
    const long = `mixed_ar_en_long_english_quotes_${'x'.repeat(60)}_final_copy_2025.txt`
    const damaged = Buffer.concat([Buffer.from('مقال '.repeat(700)), Buffer.from([0xd8])])
    await importThroughPicker(page, [
      { name: long, mimeType: 'text/plain', buffer: damaged },
      { name: `${'تقرير_طويل_جدا_'.repeat(8)}.txt`, mimeType: 'text/plain', buffer: Buffer.from([0, 1, 2, 0, 0, 3]) },
    ])
    await screenshot(page, 'layout-import-report')
    const sizes = await page.$eval('dialog.import-report', (d) => ({ scroll: d.scrollWidth, client: d.clientWidth }))
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.client)
    const dialog = await boxOf(page, 'dialog.import-report')
    for (const selector of ['.import-list li .file-name', '.failed-reason', '.failed-detail']) {
      const boxes = await page.$$eval(`dialog.import-report ${selector}`, (els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })))
      expect(boxes.length).toBe(2)
      for (const box of boxes) expect(box.left >= dialog.left && box.right <= dialog.right).toBe(true)
    }
    await closeImportReport(page)
  })

  it('shows each concordance line as the article’s exact characters, with no space added around the name', async () => {
    const page = session.page
    await page.click('[data-action="entities"]')
    await page.click('.entity-row[data-entity-id="nat-friedman"]')
    await page.waitForSelector('.entity-page .concordance-line')
    await page.evaluate(() => document.fonts.ready)
    await screenshot(page, 'layout-entity-concordance')
    const lines = await page.$$eval('.entity-page .concordance-line', (els) => els.map((el) => ({ inner: (el as HTMLElement).innerText, content: el.textContent ?? '' })))
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) {
      expect(line.inner).toBe(line.content)
      expect(session.app.backend.articles().some((a) => a.text.includes(line.content))).toBe(true)
    }
    expect(lines.some((l) => l.content.includes('ونات فريدمان،'))).toBe(true)
  })
})
