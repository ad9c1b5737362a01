import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { encodeSingleByte, isoSafe } from '../support/encodings'
import { DECOYS, hostilePage } from '../support/hostile-page'
import { seed, seedBytes, seedFiles } from '../support/seeds'
import { screenshot } from './support/browser'
import { closeImportReport, importThroughPicker } from './support/import'
import { useAppSession } from './support/session'

const session = useAppSession()

/** An article that names "فولفغانغ" (Wolfgang), which a reader may well type as "فولفجانج". */
const wolfgang = (): string =>
  `تقرير فولفغانغ عن سوق الرقائق\n\n${seedBytes(seedFiles()[1] as string).toString('utf8').split('\n').find((l) => l.length > 200) ?? ''}\n\nوقال المحلل فولفغانغ شتاينر إن السوق تتغير بسرعة، وإن الشركات الصغيرة ستدفع الثمن.\n`

describe('import and search in the browser', () => {
  it('imports a Windows-1256 file through the file picker; it is in the library at once and Ctrl+K finds it under another spelling', async () => {
    const { page } = session
    const bytes = encodeSingleByte(isoSafe(wolfgang()), 'windows-1256')
    await importThroughPicker(page, [{ name: 'wolfgang.txt', mimeType: 'text/plain', buffer: bytes }])
    expect(await page.getAttribute('.import-summary', 'data-imported')).toBe('1')
    expect(await page.textContent('.import-list[data-list="imported"]')).toContain('windows-1256')
    await screenshot(page, 'import-report')
    await closeImportReport(page)
    const row = page.locator('.library-button[data-article-id="wolfgang"]')
    await expect.poll(() => row.count()).toBe(1)
    expect(await row.locator('.library-title').textContent()).toBe('تقرير فولفغانغ عن سوق الرقائق')

    await page.keyboard.press('Control+k')
    await page.waitForSelector('dialog.search-dialog[open] .search-input')
    await page.keyboard.type('فولفجانج')
    const hit = page.locator('.search-hit[data-kind="article"][data-ref="wolfgang"]')
    await expect.poll(() => hit.count(), { timeout: 10_000 }).toBe(1)
    // The marks are the words as the article spells them, found at their exact offsets.
    expect(await hit.locator('.search-snippet mark').allTextContents()).toEqual(expect.arrayContaining(['فولفغانغ']))
    await screenshot(page, 'search-spelling-variant')

    await page.keyboard.press('Enter')
    await page.waitForSelector('article[data-article-id="wolfgang"] .article-body .block')
    // Opening the result selects the matched word and flashes it (a painted CSS highlight).
    const flashed = await page.waitForFunction(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights
      const painted = registry.get('daftar-flash')
      return painted ? [...painted][0]?.toString() : null
    })
    expect(await flashed.jsonValue()).toBe('فولفغانغ')
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('فولفغانغ')
    const visible = await page.evaluate(() => {
      const range = document.getSelection()?.getRangeAt(0)
      const box = range?.getBoundingClientRect()
      const reader = document.querySelector('main.reader')?.getBoundingClientRect()
      return Boolean(box && reader && box.top >= reader.top && box.bottom <= reader.bottom)
    })
    expect(visible).toBe(true)
    await screenshot(page, 'search-result-flashed')
  })

  it('imports files dropped on the window', async () => {
    const { page } = session
    const text = `${seedBytes(seedFiles()[2] as string).toString('utf8')}\nنسخة أُسقطت على النافذة.\n`
    await page.evaluate(
      ({ name, bytes }) => {
        const transfer = new DataTransfer()
        transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/plain' }))
        for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }))
      },
      { name: 'dropped.txt', bytes: [...Buffer.from(text)] },
    )
    await page.waitForSelector('dialog.import-report[open]')
    expect(await page.getAttribute('.import-summary', 'data-imported')).toBe('1')
    await closeImportReport(page)
    await expect.poll(() => page.locator('.library-button[data-article-id="dropped"]').count()).toBe(1)
  })

  it('imports a hostile saved page: no script of it runs, nothing of its decoys shows', async () => {
    const { page } = session
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    const sentinel = '__daftarPageScriptRan'
    await importThroughPicker(page, [{ name: 'hostile.html', mimeType: 'text/html', buffer: Buffer.from(hostilePage(seed('004'), sentinel)) }])
    expect(await page.getAttribute('.import-summary', 'data-imported')).toBe('1')
    await closeImportReport(page)
    await page.click('.library-button[data-article-id="hostile"]')
    await page.waitForSelector('article[data-article-id="hostile"] .article-body .block')
    const text = (await page.textContent('article[data-article-id="hostile"]')) ?? ''
    for (const decoy of DECOYS) expect(text, decoy).not.toContain(decoy)
    expect(text).toContain(seed('004').meta.title)
    expect(await page.locator('article[data-article-id="hostile"] :is(script, iframe, img, svg, form, a[href^="javascript" i])').count()).toBe(0)
    expect(await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], sentinel)).toBeUndefined()
    expect(dialogs).toEqual([])
    await screenshot(page, 'import-hostile-page')
  })

  it('removes an imported article after asking what to do with its annotations', async () => {
    const { page, app } = session
    await page.hover('.library-item:has([data-article-id="dropped"])')
    await page.click('.library-item:has([data-article-id="dropped"]) .library-remove')
    await page.waitForSelector('dialog.remove-dialog[open]')
    await page.check('input[name="remove-mode"][value="delete-annotations"]')
    await page.click('[data-action="confirm-remove"]')
    await expect.poll(() => page.locator('.library-button[data-article-id="dropped"]').count()).toBe(0)
    expect(readdirSync(join(app.dataDir, 'imports')).filter((n) => !n.startsWith('.')).sort()).toEqual(['hostile.html', 'wolfgang.txt'])
  })
})
