import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { arabicWords } from '../support/arabic-paragraph'
import { screenshot } from './support/browser'
import { closeImportReport, importThroughPicker } from './support/import'
import { selectPhrase } from './support/select'
import { useAppSession } from './support/session'

const session = useAppSession()

/** Unique in the text: arabicWords never makes it. */
const DEEP = 'وأكد الوزير المفوض أن الاتفاق نهائي'
/** A limit with headroom for a loaded machine: before the fix a 1 MiB paragraph was not painted after 120 s. */
const PAINTED_WITHIN_MS = 20_000

/** A title line and ONE paragraph of Arabic words filling 1 MiB (UTF-8), with DEEP at about 80 % of it. */
function hugeArticle(): { file: string; paragraph: string } {
  const words = arabicWords(1024 * 1024)
  words.splice(Math.floor(words.length * 0.8), 0, DEEP)
  const paragraph = words.join(' ')
  return { file: `مقال طويل جدا من فقرة واحدة\n\n${paragraph}\n`, paragraph }
}

describe('a 1 MiB article of one paragraph', () => {
  it('opens and paints, and a highlight made deep inside it lands at the right offset', async () => {
    const { page } = session
    const { file } = hugeArticle()
    await importThroughPicker(page, [{ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.from(file) }])
    expect(await page.getAttribute('.import-summary', 'data-imported')).toBe('1')
    await closeImportReport(page)

    const started = Date.now()
    await page.click('.library-button[data-article-id="huge"]')
    await page.waitForSelector('article[data-article-id="huge"] .article-body .block', { timeout: PAINTED_WITHIN_MS })
    // Laid out (the paragraph's box is measured, which forces layout) and the next frame committed.
    await page.waitForFunction(
      () => (document.querySelector('.article-body .block-paragraph')?.getBoundingClientRect().height ?? 0) > 0,
      undefined,
      {
        timeout: PAINTED_WITHIN_MS,
      },
    )
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))))
    expect(Date.now() - started).toBeLessThan(PAINTED_WITHIN_MS)

    const text = session.app.backend.article('huge')?.text ?? ''
    // The DOM text of the paragraph is the article text, offset for offset.
    const block = await page.evaluate(() => {
      const p = document.querySelector<HTMLElement>('.article-body .block-paragraph') as HTMLElement
      return {
        start: Number(p.dataset['start']),
        end: Number(p.dataset['end']),
        text: p.textContent ?? '',
        parts: p.querySelectorAll('.block-part').length,
      }
    })
    expect(block.text).toBe(text.slice(block.start, block.end))
    expect(block.parts).toBeGreaterThan(100)

    await selectPhrase(page, DEEP)
    await page.evaluate(() => document.getSelection()?.getRangeAt(0).startContainer.parentElement?.scrollIntoView({ block: 'center' }))
    await page.waitForSelector('.selection-toolbar')
    await page.keyboard.press('1')
    await page.waitForSelector('article mark.hl-yellow')
    expect(await page.locator('article mark.hl-yellow').allTextContents()).toEqual([DEEP])
    const stored = JSON.parse(readFileSync(join(session.app.dataDir, 'annotations', 'huge.json'), 'utf8')).highlights as {
      target: { position: { start: number; end: number } }
    }[]
    expect(stored.map((h) => ({ start: h.target.position.start, end: h.target.position.end }))).toEqual([
      { start: text.indexOf(DEEP), end: text.indexOf(DEEP) + DEEP.length },
    ])
    await screenshot(page, 'huge-article-deep-highlight')
  }, 120_000)
})
