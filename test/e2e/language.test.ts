import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { EditorView } from '@tiptap/pm/view'
import { describe, expect, it } from 'vitest'
import { screenshot } from './support/browser'
import { clickInto } from './support/editor'
import { closeImportReport, importThroughPicker } from './support/import'
import { useAppSession } from './support/session'

const session = useAppSession()

/** The mention nodes of the open note, as ProseMirror holds them (what is saved). */
const mentions = () =>
  session.page.evaluate(() => {
    const view = (document.querySelector('.ProseMirror') as (HTMLElement & { editor?: { view: EditorView } }) | null)?.editor?.view
    const found: { id: string; label: string }[] = []
    view?.state.doc.descendants((node) => {
      if (node.type.name === 'mention') found.push({ id: String(node.attrs['id']), label: String(node.attrs['label']) })
    })
    return found
  })

describe('the interface speaks its own language', () => {
  it('says why a file was not imported in Arabic, figures isolated', async () => {
    const page = session.page
    const damaged = Buffer.concat([Buffer.from('مقال '.repeat(300)), Buffer.from([0xd8])])
    await importThroughPicker(page, [
      { name: 'cut.txt', mimeType: 'text/plain', buffer: damaged },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      { name: 'data.txt', mimeType: 'text/plain', buffer: Buffer.from([0, 1, 2, 0, 0, 3]) },
    ])
    await screenshot(page, 'language-import-reasons')
    try {
      const details = await page.$$eval('dialog.import-report .failed-detail', (els) =>
        els.map((el) => ({ text: el.textContent ?? '', lang: el.getAttribute('lang') })),
      )
      expect(details).toHaveLength(3)
      for (const d of details) {
        expect(d.lang).toBe('ar')
        expect(d.text).toMatch(/[\u0621-\u064a]{3}/)
        expect(d.text).not.toMatch(/\bThe file\b/)
      }
      const cut = details.find((d) => d.text.includes('مقطوع في منتصف حرف'))?.text ?? ''
      // The byte figures, in the interface's number format, each isolated.
      expect(
        cut
          .replace(/[^\d\s]/g, '')
          .trim()
          .split(/\s+/)
          .map(Number),
      ).toEqual([8, damaged.length - 1, damaged.length])
    } finally {
      await closeImportReport(page)
    }
  })

  it('inserts a mention in the paragraph’s script: the Latin name in English, the Arabic one in Arabic', async () => {
    const page = session.page
    await page.click('[data-action="notes"]')
    await page.click('[data-action="new-note"]')
    await page.waitForSelector('.note-editor .note-body[contenteditable="true"]')
    await clickInto(page, '.note-body')
    await page.keyboard.type('The board met ')
    await page.keyboard.type('@Altman')
    await page.waitForSelector('.mention-popup li[data-entity-id="sam-altman"][aria-selected="true"]')
    await page.keyboard.press('Enter')
    await page.keyboard.type('yesterday.')
    await page.keyboard.press('Enter')
    await page.keyboard.type('التقى ')
    await page.keyboard.type('@Altman')
    await page.waitForSelector('.mention-popup li[data-entity-id="sam-altman"][aria-selected="true"]')
    await page.keyboard.press('Enter')
    await page.keyboard.type('بالمجلس أمس')
    await screenshot(page, 'language-mention-script')
    expect(await mentions()).toEqual([
      { id: 'sam-altman', label: 'Sam Altman' },
      { id: 'sam-altman', label: 'سام ألتمان' },
    ])
  })

  it('asks before deleting an entity in the app’s own dialog, never the browser’s', async () => {
    const page = session.page
    const browserDialogs: string[] = []
    const onDialog = (d: { message(): string; dismiss(): Promise<void> }): void => {
      browserDialogs.push(d.message())
      void d.dismiss()
    }
    page.on('dialog', onDialog)
    try {
      await page.click('[data-action="entities"]')
      await page.click('.entity-row[data-entity-id="github"]')
      await page.waitForSelector('.entity-page[data-entity-id="github"]')
      // The bundled entity's description in the interface language.
      expect(await page.textContent('.entity-page .description')).toBe('منصة لاستضافة الشيفرة البرمجية، تملكها مايكروسوفت')
      await page.click('[data-action="delete-entity"]')
      await page.waitForSelector('dialog.delete-entity-dialog[open]')
      await screenshot(page, 'language-delete-entity')
      expect(await page.textContent('dialog.delete-entity-dialog')).toContain('تبقى الملاحظات')
      // Cancel keeps it; confirm deletes it.
      await page.click('dialog.delete-entity-dialog .button:not(.button-danger)')
      await expect.poll(() => page.locator('dialog.delete-entity-dialog[open]').count()).toBe(0)
      const registry = (): string[] =>
        JSON.parse(readFileSync(join(session.app.dataDir, 'entities.json'), 'utf8')).entities.map((e: { id: string }) => e.id)
      expect(registry()).toContain('github')
      await page.click('[data-action="delete-entity"]')
      await page.click('[data-action="confirm-delete-entity"]')
      await expect.poll(registry).not.toContain('github')
      expect(browserDialogs).toEqual([])
    } finally {
      page.off('dialog', onDialog)
    }
  })
})
