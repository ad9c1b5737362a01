import { describe, expect, it } from 'vitest'
import { screenshot } from './support/browser'
import { clickInto } from './support/editor'
import { useAppSession } from './support/session'

const session = useAppSession()

async function openEntity(id: string): Promise<void> {
  await session.page.click('[data-action="entities"]')
  await session.page.click(`.entity-row[data-entity-id="${id}"]`)
  await session.page.waitForSelector(`.entity-page[data-entity-id="${id}"]`)
}

/** Writes an Arabic sentence with an @mention typed in Arabic into the open note, and waits until it is saved. */
async function writeWithMention(sentence: string, query: string, entityId: string): Promise<void> {
  const page = session.page
  await clickInto(page, '.note-body')
  await page.keyboard.type(sentence)
  await page.keyboard.type(` @${query}`)
  await page.waitForSelector(`.mention-popup li[data-entity-id="${entityId}"]`)
  await page.locator(`.mention-popup li[data-entity-id="${entityId}"]`).click()
  await page.keyboard.type(' في التقرير')
  await expect.poll(() => page.locator('.save-status').getAttribute('data-state'), { timeout: 5000 }).toBe('saved')
}

describe('notes linked to entities', () => {
  it('shows a note written with an Arabic @mention as a backlink on the entity page, after a reload', async () => {
    const page = session.page
    await openEntity('alexandr-wang')
    await page.click('[data-action="new-note"]')
    await page.waitForSelector('.note-editor .note-body[contenteditable="true"]')
    await writeWithMention('تولى ألكسندر وانغ قيادة المختبر وتحدث مع', 'زوكربيرج', 'mark-zuckerberg')
    await page.reload()
    await page.waitForSelector('.article-body .block')
    await openEntity('mark-zuckerberg')
    await page.waitForSelector('.entity-page .note-link')
    expect(await page.locator('.entity-page .note-link').first().textContent()).toContain('تولى ألكسندر وانغ')
    await openEntity('alexandr-wang') // the note was created attached to Wang: a backlink there too
    await page.waitForSelector('.entity-page .note-link')
    await page.evaluate(() => document.fonts.ready)
    await screenshot(page, 'entity-page-backlinks')
  })

  it('moves a note to the surviving entity when two entities are merged', async () => {
    const page = session.page
    const created = await session.app.backend.entities.create({ type: 'person', nameAr: 'الكسندر وانج', nameLatin: '', aliases: [], description: 'نسخة مكررة' })
    if (!created.ok) throw new Error(created.error.message)
    const duplicate = created.value.id
    await page.reload()
    await page.waitForSelector('.article-body .block')
    await openEntity(duplicate)
    await page.click('[data-action="new-note"]')
    await page.waitForSelector('.note-editor .note-body[contenteditable="true"]')
    await writeWithMention('ملاحظة عن', 'الكسندر', duplicate)
    await openEntity(duplicate)
    await page.click('[data-action="merge-entity"]')
    await page.fill('.merge-box input[type="search"]', 'وانغ')
    await page.click('.merge-box li[role="option"] >> nth=0')
    await page.waitForSelector('.entity-page[data-entity-id="alexandr-wang"]')
    await expect.poll(() => page.locator('.entity-page .note-link').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('ملاحظة عن')]))
    expect(await page.locator('.alias-list').textContent()).toContain('الكسندر وانج')
  })
})
