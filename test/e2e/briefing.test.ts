import { readFile } from 'node:fs/promises'
import { beforeAll, describe, expect, it } from 'vitest'
import { briefingFor } from '../../src/backend/briefing/briefing-service'
import type { Briefing } from '../../src/core/briefing/scope'
import { screenshot } from './support/browser'
import { A001, A002, addScaleAiHighlights } from './support/briefing-data'
import { useAppSession } from './support/session'

const session = useAppSession()
let ranges: Awaited<ReturnType<typeof addScaleAiHighlights>>

beforeAll(async () => {
  ranges = await addScaleAiHighlights(session.app.backend)
  await session.page.reload()
  await session.page.waitForSelector('.article-body .block')
  // The preview parses and sanitises Markdown in the page: nothing of it may trip the CSP (no eval, no inline).
  await session.page.evaluate(() => {
    const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = [])
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
})

/** Opens the export dialog with Scale AI chosen, and waits for its preview. */
async function exportScaleAi(): Promise<void> {
  const page = session.page
  await page.click('[data-action="export-briefing"]')
  await page.waitForSelector('.export-dialog[open]')
  await page.check('input[name="briefing-scope"][value="entities"]')
  if ((await page.locator('.briefing-chips li[data-entity-id="scale-ai"]').count()) === 0) {
    await page.fill('.export-dialog input[type="search"]', 'Scale')
    await page.click('.export-dialog li[role="option"] >> nth=0')
  }
  await page.waitForSelector('.briefing-preview blockquote')
}

const selectedText = (): Promise<string> => session.page.evaluate(() => document.getSelection()?.toString() ?? '')

describe('the briefing export dialog', () => {
  it('previews the briefing right to left, and downloads exactly what the backend builds', async () => {
    const page = session.page
    await exportScaleAi()
    const directions = await page.$$eval('.briefing-preview blockquote p', (ps) => ps.map((p) => getComputedStyle(p).direction))
    expect(directions).toEqual(['rtl', 'rtl'])
    expect(await page.$eval('.briefing-preview h1', (h) => getComputedStyle(h).direction)).toBe('rtl')
    await page.evaluate(() => document.fonts.ready)
    await screenshot(page, 'briefing-export-dialog')
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="save-briefing"]')])
    const expected = await briefingFor(session.app.backend, { kind: 'entities', entityIds: ['scale-ai'] }, { lang: 'ar', sections: { entities: true, articles: false, sources: true } }, () => new Date())
    if (!expected.ok) throw new Error(expected.error.message)
    expect(download.suggestedFilename()).toBe((expected.value as Briefing).fileName)
    expect(await readFile((await download.path()) as string, 'utf8')).toBe(expected.value.markdown)
    await expect.poll(() => page.locator('.toast').textContent()).toContain('نُزّلت الإحاطة')
  })

  it('remembers the last export settings', async () => {
    const settings = await session.app.backend.settings.data.reading
    expect(settings.lastBriefing).toEqual({ scope: { kind: 'entities', entityIds: ['scale-ai'] }, options: { lang: 'ar', sections: { entities: true, articles: false, sources: true } } })
    const page = session.page
    await page.keyboard.press('Escape')
    await page.reload()
    await page.waitForSelector('.article-body .block')
    await page.click('[data-action="export-briefing"]')
    await page.waitForSelector('.briefing-chips li[data-entity-id="scale-ai"]')
  })

  it('says so, and offers no save, when the scope holds nothing', async () => {
    const page = session.page
    await page.check('input[name="briefing-scope"][value="highlights"]')
    await page.check('input[name="briefing-color"][value="purple"]')
    await page.waitForSelector('.export-empty[role="status"]')
    expect(await page.isDisabled('[data-action="save-briefing"]')).toBe(true)
    await page.check('input[name="briefing-scope"][value="entities"]')
    await page.waitForSelector('.briefing-preview blockquote')
  })

  it('opens the cited passage, selected, from a citation in the preview', async () => {
    const page = session.page
    const href = `daftar://article/${A002}?start=${ranges.latinFirst.start}&end=${ranges.latinFirst.end}`
    await page.click(`.briefing-preview a[href="${href}"] >> nth=0`)
    await page.waitForSelector(`article[data-article-id="${A002}"] .article-body .block`)
    expect(await page.locator('.export-dialog[open]').count()).toBe(0)
    const text = session.app.backend.article(A002)?.text.slice(ranges.latinFirst.start, ranges.latinFirst.end)
    await expect.poll(selectedText).toBe(text)
  })
})

describe('deep links in browser mode', () => {
  it('opens a daftar:// link given as the URL fragment, and each later one', async () => {
    const page = session.page
    const origin = new URL(session.app.url).origin
    const { start, end } = ranges.mixed
    await page.goto(`${origin}/#daftar://article/${A001}?start=${start}&end=${end}`)
    await page.waitForSelector(`article[data-article-id="${A001}"] .article-body .block`)
    await expect.poll(selectedText).toBe(session.app.backend.article(A001)?.text.slice(start, end))
    expect(new URL(page.url()).hash).toBe('')
    await screenshot(page, 'briefing-deep-link-opened')

    const later = ranges.latinFirst
    await page.evaluate((hash) => (location.hash = hash), `#daftar://article/${A002}?start=${later.start}&end=${later.end}`)
    await page.waitForSelector(`article[data-article-id="${A002}"] .article-body .block`)
    await expect.poll(selectedText).toBe(session.app.backend.article(A002)?.text.slice(later.start, later.end))
  })

  it('tells the reader when a link names an article that is not in the library', async () => {
    const page = session.page
    await page.evaluate(() => (location.hash = '#daftar://article/no-such-article?start=1&end=2'))
    await expect.poll(() => page.locator('.notice').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('no-such-article')]))
  })
})
