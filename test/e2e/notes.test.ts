import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openApp, startApp, tempDir } from './support/app'
import { newPage, screenshot } from './support/browser'
import { clickInto, pressEnd } from './support/editor'
import { useAppSession } from './support/session'

const session = useAppSession()

const ARABIC_WITH_LATIN_START = 'Meta أعلنت عن مختبر جديد للذكاء الفائق'
const ENGLISH_WITH_ARABIC_WORD = 'Meta announced a new lab, مختبر, for superintelligence research'

interface StoredNote {
  id: string
  title: string
  body: unknown
  attachments: { kind: string; id: string }[]
}

/** The note as it is on disk (not as the page or the backend's memory has it). */
function noteFile(dataDir: string, id: string): { path: string; text: string; note: StoredNote } {
  const dir = join(dataDir, 'notes')
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const path = join(dir, name)
    const text = readFileSync(path, 'utf8')
    const note = (JSON.parse(text) as { note: StoredNote }).note
    if (note.id === id) return { path, text, note }
  }
  throw new Error(`no file for note ${id}`)
}

type Json = { type?: string; attrs?: Record<string, unknown>; content?: Json[]; text?: string }
const nodesOf = (node: Json): Json[] => [node, ...(node.content ?? []).flatMap(nodesOf)]

async function openNotes(page: Page): Promise<void> {
  await page.click('[data-action="notes"]')
  await page.waitForSelector('.notes-view .note-list-pane')
}

/** The id of the Zuckerberg entity in the starter registry, created through the backend if the registry lacks it. */
async function zuckerbergId(): Promise<string> {
  const list = session.app.backend.entities.list()
  const found = list.ok ? list.value.find((e) => e.nameLatin === 'Mark Zuckerberg') : undefined
  if (found) return found.id
  const created = await session.app.backend.entities.create({
    type: 'person',
    nameAr: 'مارك زوكربيرغ',
    nameLatin: 'Mark Zuckerberg',
    aliases: ['زوكربيرغ', 'Zuckerberg'],
    description: '',
  })
  if (!created.ok) throw new Error(created.error.message)
  await session.page.reload()
  await session.page.waitForSelector('.article-body .block')
  return created.value.id
}

describe('notes in Chromium', () => {
  let noteId = ''
  let entityId = ''

  it('opens Notes with the O key and creates a note', async () => {
    entityId = await zuckerbergId()
    await session.page.locator('main.reader').focus()
    await session.page.keyboard.press('o')
    await session.page.waitForSelector('.notes-view .note-list-pane')
    await session.page.click('[data-action="new-note"]')
    await session.page.waitForSelector('.note-editor .note-body[contenteditable="true"]')
    noteId = (await session.page.locator('.note-editor').getAttribute('data-note-id')) ?? ''
    expect(noteId).not.toBe('')
    // The body is labelled, Arabic, and the page has no inline <style> (the CSP would refuse it).
    const body = session.page.locator('.note-body')
    expect(await body.getAttribute('aria-label')).toBe('نص الملاحظة')
    expect(await body.getAttribute('lang')).toBe('ar')
    expect(await session.page.locator('style').count()).toBe(0)
  })

  it('runs an Arabic paragraph that starts with a Latin name right-to-left, an English one left-to-right', async () => {
    await session.page.fill('.note-title', 'مختبر Meta الجديد')
    await clickInto(session.page, '.note-body')
    await session.page.keyboard.type(ARABIC_WITH_LATIN_START)
    await session.page.keyboard.press('Enter')
    await session.page.keyboard.type(ENGLISH_WITH_ARABIC_WORD)
    const directions = await session.page.$$eval('.note-body p', (ps) => ps.map((p) => [p.textContent, getComputedStyle(p).direction]))
    expect(directions).toEqual([
      [ARABIC_WITH_LATIN_START, 'rtl'],
      [ENGLISH_WITH_ARABIC_WORD, 'ltr'],
    ])
  })

  it('suggests Mark Zuckerberg for "@زوكربيرج" (ج for غ) and inserts an isolated chip with Enter', async () => {
    await session.page.keyboard.press('Enter')
    await session.page.keyboard.type('قال ')
    await session.page.keyboard.type('@زوكربيرج')
    await session.page.waitForSelector('.mention-popup li[aria-selected="true"]')
    expect(await session.page.locator('.mention-popup li').first().getAttribute('data-entity-id')).toBe(entityId)
    await screenshot(session.page, 'notes-mention-popup')
    await session.page.keyboard.press('Enter')
    await session.page.keyboard.type('إن المختبر سيضم باحثين من OpenAI')
    const chip = session.page.locator(`.note-body .mention[data-id="${entityId}"]`)
    await chip.waitFor()
    expect(await chip.textContent()).toBe('مارك زوكربيرغ')
    expect(await chip.getAttribute('dir')).toBe('auto')
    expect(await chip.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate')
    expect(await session.page.locator('.mention-popup').count()).toBe(0)
    // The last paragraph is Arabic with a chip and a Latin name: right-to-left.
    expect(await session.page.locator('.note-body p').last().evaluate((p) => getComputedStyle(p).direction)).toBe('rtl')
  })

  it('autosaves to disk and says so; the mention links the note to the entity', async () => {
    await expect
      .poll(() => nodesOf(noteFile(session.app.dataDir, noteId).note.body as Json).some((n) => n.type === 'mention' && n.attrs?.['id'] === entityId), { timeout: 5000 })
      .toBe(true)
    await expect.poll(() => session.page.locator('.save-status').getAttribute('data-state')).toBe('saved')
    expect(await session.page.locator('.save-status').textContent()).toBe('محفوظ')
    const stored = noteFile(session.app.dataDir, noteId).note
    expect(stored.title).toBe('مختبر Meta الجديد')
    expect(nodesOf(stored.body as Json).find((n) => n.type === 'mention')?.attrs).toMatchObject({ id: entityId, label: 'مارك زوكربيرغ' })
    // The list shows the note with its linked entity, and the mention appears among the links.
    await expect.poll(() => session.page.locator(`.note-item[data-note-id="${noteId}"] .chip`).allTextContents()).toEqual(['مارك زوكربيرغ'])
    expect(await session.page.locator(`.attachment-mention[data-id="${entityId}"]`).count()).toBe(1)
    await session.page.evaluate(() => document.fonts.ready)
    await screenshot(session.page, 'notes-editor')
  })

  it('keeps the text and the chip after a reload', async () => {
    await session.page.reload()
    await session.page.waitForSelector('.article-body .block')
    await openNotes(session.page)
    await session.page.click(`.note-item[data-note-id="${noteId}"]`)
    await session.page.waitForSelector(`.note-body .mention[data-id="${entityId}"]`)
    const texts = await session.page.$$eval('.note-body p', (ps) => ps.map((p) => p.textContent))
    expect(texts).toEqual([ARABIC_WITH_LATIN_START, ENGLISH_WITH_ARABIC_WORD, 'قال مارك زوكربيرغ إن المختبر سيضم باحثين من OpenAI'])
    expect(await session.page.inputValue('.note-title')).toBe('مختبر Meta الجديد')
  })

  it('undoes inside the editor', async () => {
    await clickInto(session.page, '.note-body p >> nth=1')
    await pressEnd(session.page)
    await session.page.keyboard.type(' XYZ')
    expect(await session.page.locator('.note-body p').nth(1).textContent()).toContain('XYZ')
    await session.page.click('.tool-undo')
    await expect.poll(() => session.page.locator('.note-body p').nth(1).textContent()).toBe(ENGLISH_WITH_ARABIC_WORD)
  })

  it('formats with the toolbar; a list item’s bullet follows the item’s own script', async () => {
    await clickInto(session.page, '.note-body p:has-text("OpenAI")')
    await pressEnd(session.page)
    await session.page.keyboard.press('Enter')
    await session.page.click('.tool-h2')
    await session.page.keyboard.type('خلاصة')
    await session.page.keyboard.press('Enter')
    await session.page.click('.tool-bullet-list')
    await session.page.keyboard.type('Llama 4 release')
    await session.page.keyboard.press('Enter')
    await session.page.keyboard.type('بند عن الرواتب')
    await session.page.keyboard.press('Shift+Home')
    await session.page.click('.tool-bold')
    await session.page.click('.tool-highlight')
    expect(await session.page.locator('.tool-bold').getAttribute('aria-pressed')).toBe('true')
    const heading = session.page.locator('.note-body h2')
    expect(await heading.textContent()).toBe('خلاصة')
    expect(await heading.evaluate((h) => getComputedStyle(h).direction)).toBe('rtl')
    const items = await session.page.$$eval('.note-body ul > li', (lis) => lis.map((li) => [li.textContent, getComputedStyle(li).direction]))
    expect(items).toEqual([
      ['Llama 4 release', 'ltr'],
      ['بند عن الرواتب', 'rtl'],
    ])
    expect(await session.page.locator('.note-body li strong mark, .note-body li mark strong').textContent()).toBe('بند عن الرواتب')
    await expect
      .poll(() => {
        const nodes = nodesOf(noteFile(session.app.dataDir, noteId).note.body as Json) as (Json & { marks?: { type: string }[] })[]
        return [
          nodes.some((n) => n.type === 'heading' && n.attrs?.['level'] === 2),
          nodes.some((n) => n.type === 'bulletList'),
          nodes.some((n) => n.text === 'بند عن الرواتب' && n.marks?.some((m) => m.type === 'bold') && n.marks?.some((m) => m.type === 'highlight')),
        ]
      }, { timeout: 5000 })
      .toEqual([true, true, true])
    // Direction is drawn, not stored: the file has no dir attribute.
    expect(noteFile(session.app.dataDir, noteId).text).not.toContain('"dir"')
    await session.page.evaluate(() => document.fonts.ready)
    await screenshot(session.page, 'notes-formatting')
  })

  it('filters the list on normalised names and text', async () => {
    await session.page.click('[data-action="new-note"]')
    await session.page.waitForSelector('.note-editor .note-body')
    await session.page.fill('.note-title', 'ملاحظة أخرى')
    await expect.poll(() => session.page.locator('.note-item').count()).toBeGreaterThanOrEqual(2)
    // "زوكربيرج" is an alias of the chip's entity; "مُختبر" carries a damma; "META" is upper case.
    for (const query of ['زوكربيرج', 'مُختبر', 'META']) {
      await session.page.fill('.note-filter', query)
      expect(await session.page.locator('.note-item').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset['noteId']))).toEqual([noteId])
    }
    await session.page.fill('.note-filter', '')
    await session.page.click(`.note-item[data-note-id="${noteId}"]`)
    await session.page.waitForSelector(`.note-editor[data-note-id="${noteId}"] .mention`)
  })

  it('saves the last keystrokes when the user switches to another note at once', async () => {
    const other = (await session.page.locator('.note-item').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset['noteId']))).find((id) => id !== noteId) as string
    await clickInto(session.page, '.note-body h2')
    await pressEnd(session.page)
    await session.page.keyboard.type(' سريعة')
    await session.page.click(`.note-item[data-note-id="${other}"]`)
    await expect.poll(() => noteFile(session.app.dataDir, noteId).text.includes('خلاصة سريعة'), { timeout: 5000 }).toBe(true)
    await session.page.waitForSelector(`.note-editor[data-note-id="${other}"]`)
    await session.page.click(`.note-item[data-note-id="${noteId}"]`)
    await session.page.waitForSelector(`.note-editor[data-note-id="${noteId}"] h2:has-text("خلاصة سريعة")`)
  })

  it('sanitises pasted HTML: no script runs, no event handler or javascript: link survives', async () => {
    await clickInto(session.page, '.note-body p >> nth=0')
    await pressEnd(session.page)
    await session.page.evaluate(() => {
      const html =
        '<p>نص ملصوق<script>window.__pwned = "script"</script>' +
        '<img src="x" onerror="window.__pwned = \'img\'">' +
        '<a href="javascript:window.__pwned = \'link\'">رابط خبيث</a> ' +
        '<a href=" JaVa\tScRiPt:window.__pwned = \'link2\'">رابط آخر</a> ' +
        '<span onmouseover="window.__pwned = \'hover\'" style="color:red">فوق</span> ' +
        '<a href="https://example.com/page">رابط سليم</a></p>' +
        '<iframe src="javascript:parent.__pwned = \'frame\'"></iframe>'
      const data = new DataTransfer()
      data.setData('text/html', html)
      data.setData('text/plain', 'نص ملصوق')
      const target = document.querySelector('.note-body') as HTMLElement
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    })
    await session.page.waitForFunction(() => document.querySelector('.note-body')?.textContent?.includes('رابط سليم'))
    await session.page.hover('.note-body >> text=فوق')
    await new Promise((r) => setTimeout(r, 300))
    expect(await session.page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
    const editor = session.page.locator('.note-body')
    expect(await editor.locator('script, img, iframe, [onerror], [onmouseover], [style]').count()).toBe(0)
    expect(await editor.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['https://example.com/page'])
    await expect.poll(() => noteFile(session.app.dataDir, noteId).text.includes('رابط سليم'), { timeout: 5000 }).toBe(true)
    await expect.poll(() => session.page.locator('.save-status').getAttribute('data-state')).toBe('saved')
    const text = noteFile(session.app.dataDir, noteId).text
    for (const bad of ['javascript', 'onerror', 'onmouseover', 'script', 'iframe', '"image"', 'color:red']) expect(text.toLowerCase()).not.toContain(bad)
    // The texts stayed, as text.
    expect(text).toContain('رابط خبيث')
  })

  it('refuses a javascript: link typed into the link dialog and accepts an https one', async () => {
    await clickInto(session.page, '.note-body p:has-text("OpenAI")')
    await pressEnd(session.page)
    await session.page.keyboard.press('Shift+Home')
    await session.page.click('.tool-link')
    await session.page.waitForSelector('.link-dialog input[name="url"]')
    await session.page.fill('.link-dialog input[name="url"]', 'javascript:alert(1)')
    await session.page.keyboard.press('Enter')
    await session.page.waitForSelector('.link-dialog .note-form-error')
    await session.page.fill('.link-dialog input[name="url"]', 'example.org/lab')
    await session.page.keyboard.press('Enter')
    await session.page.waitForSelector('.note-body p:has-text("OpenAI") a[href="https://example.org/lab"]')
  })

  it('asks before deleting a note, then deletes its file', async () => {
    const other = (await session.page.locator('.note-item').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset['noteId']))).find((id) => id !== noteId) as string
    await session.page.click(`.note-item[data-note-id="${other}"]`)
    await session.page.waitForSelector(`.note-editor[data-note-id="${other}"]`)
    await session.page.click('[data-action="delete-note"]')
    await session.page.waitForSelector('.delete-note-dialog[open]')
    await session.page.keyboard.press('Escape')
    expect(() => noteFile(session.app.dataDir, other)).not.toThrow()
    await session.page.click('[data-action="delete-note"]')
    await session.page.click('[data-action="confirm-delete-note"]')
    await expect.poll(() => session.page.locator(`.note-item[data-note-id="${other}"]`).count()).toBe(0)
    expect(() => noteFile(session.app.dataDir, other)).toThrow()
  })

  it('opens the entity’s page from a mention chip, saving what was typed just before', async () => {
    await session.page.click(`.note-item[data-note-id="${noteId}"]`)
    await session.page.waitForSelector(`.note-editor[data-note-id="${noteId}"] .mention`)
    await clickInto(session.page, '.note-body h2')
    await pressEnd(session.page)
    await session.page.keyboard.type(' أخيرة')
    await session.page.click(`.note-body .mention[data-id="${entityId}"]`)
    await expect.poll(() => session.page.locator('.notes-view').count()).toBe(0)
    await expect.poll(() => noteFile(session.app.dataDir, noteId).text.includes('خلاصة سريعة أخيرة'), { timeout: 5000 }).toBe(true)
  })
})

describe('a note whose stored body the editor cannot open', () => {
  const bodies: Record<string, unknown> = {
    'not-a-doc': 'not a doc',
    'unknown-node': { type: 'doc', content: [{ type: 'nonsense', content: [{ type: 'text', text: 'نص داخل عقدة لا يعرفها المحرر' }] }] },
  }

  it('opens read-only with its raw text, saves nothing, and leaves the file unchanged', async () => {
    const dataDir = tempDir('notes-bad')
    mkdirSync(join(dataDir, 'notes'), { recursive: true })
    const at = '2025-08-01T10:00:00.000Z'
    for (const [id, body] of Object.entries(bodies)) {
      const doc = { schemaVersion: 1, note: { id, title: `ملاحظة ${id}`, body, attachments: [], createdAt: at, updatedAt: at } }
      writeFileSync(join(dataDir, 'notes', `${id}.json`), JSON.stringify(doc, null, 2))
    }
    const before = Object.fromEntries(Object.keys(bodies).map((id) => [id, readFileSync(join(dataDir, 'notes', `${id}.json`), 'utf8')]))
    const app = await startApp({ dataDir })
    const page = await newPage(session.browser)
    try {
      await openApp(page, app.url)
      await openNotes(page)
      await page.click('.note-item[data-note-id="not-a-doc"]')
      await page.waitForSelector('.note-read-only[data-note-id="not-a-doc"]')
      expect(await page.locator('.note-raw').textContent()).toBe('not a doc')
      expect(await page.locator('.note-raw').getAttribute('dir')).toBe('auto')
      expect(await page.locator('.note-unloadable').textContent()).toContain('تعذّر فتح هذه الملاحظة للتحرير')
      expect(await page.locator('.note-unloadable').textContent()).toContain('لم يُغيَّر فيها شيء')
      expect(await page.locator('.note-pane [contenteditable]').count()).toBe(0)

      await page.click('.note-item[data-note-id="unknown-node"]')
      await page.waitForSelector('.note-read-only[data-note-id="unknown-node"]')
      expect(await page.locator('.note-raw').textContent()).toBe('نص داخل عقدة لا يعرفها المحرر')
      expect(await page.locator('.note-unloadable-reason').textContent()).toContain('nonsense')
      await page.click('.note-stored summary')
      await page.evaluate(() => document.fonts.ready)
      await screenshot(page, 'notes-read-only')

      // Past the autosave delay, and after switching notes, the files are as they were.
      await page.click('.note-item[data-note-id="not-a-doc"]')
      await page.waitForSelector('.note-read-only[data-note-id="not-a-doc"]')
      await new Promise((r) => setTimeout(r, 1200))
      for (const id of Object.keys(bodies)) expect(readFileSync(join(dataDir, 'notes', `${id}.json`), 'utf8')).toBe(before[id])
      expect(statSync(join(dataDir, 'notes', 'not-a-doc.json')).size).toBe(Buffer.byteLength(before['not-a-doc'] as string))
    } finally {
      await page.context().close()
      await app.dispose()
    }
  })
})
