import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { screenshot } from './support/browser'
import { openArticle, SEED_IDS } from './support/app'
import { dragSelect, selectPhrase, showPhrase } from './support/select'
import { useAppSession } from './support/session'

const session = useAppSession()

const registry = (): { entities: { id: string; nameLatin: string; aliases: string[] }[] } =>
  JSON.parse(readFileSync(join(session.app.dataDir, 'entities.json'), 'utf8'))

describe('entities in the reader', () => {
  it('underlines registry mentions by type, with the clitic outside the underline', async () => {
    const page = session.page
    await openArticle(page, SEED_IDS[2])
    await page.waitForSelector('article .ent-entity')
    const texts = await page.$$eval('article .ent-org[data-entity-id="meta"]', (els) => [...new Set(els.map((e) => e.textContent))])
    expect(texts).toContain('Meta')
    // "وAnthropic": the underline starts after the و.
    const anthropic = await page.$$eval('article .ent[data-entity-id="anthropic"]', (els) =>
      els.map((e) => [
        e.textContent,
        e.previousSibling?.textContent?.slice(-1) ?? e.parentElement?.previousSibling?.textContent?.slice(-1) ?? '',
      ]),
    )
    expect(anthropic.map(([t]) => t)).toContain('Anthropic')
    await page.evaluate(() => document.fonts.ready)
    await screenshot(page, 'entities-reader')
  })

  it('opens no mention card when a drag selecting text ends on an underlined name: the selection toolbar stays usable', async () => {
    const page = session.page
    await openArticle(page, SEED_IDS[2])
    await page.waitForSelector('article .ent[data-entity-id="sam-altman"]')
    // The drag starts just before the underlined "سام ألتمان" and ends inside it.
    const phrase = ' سام ألتم'
    await showPhrase(page, phrase)
    await dragSelect(page, phrase)
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(phrase)
    await page.waitForSelector('.selection-toolbar')
    // Past the hover delay (350 ms) with the pointer resting on the name.
    await page.waitForTimeout(1000)
    expect(await page.locator('.entity-card').count()).toBe(0)
    expect(await page.locator('.selection-toolbar').isVisible()).toBe(true)
    await screenshot(page, 'entities-drag-ends-on-mention')
    await page.evaluate(() => document.getSelection()?.removeAllRanges())
  })

  it('shows the entity card on hover and opens the entity page with its mentions in context', async () => {
    const page = session.page
    await page.locator('article .ent[data-entity-id="sam-altman"]').first().hover()
    await page.waitForSelector('.entity-card')
    expect(await page.locator('.entity-card').textContent()).toContain('سام ألتمان')
    await page.locator('.entity-card button', { hasText: 'افتح صفحة الكيان' }).click()
    await page.waitForSelector('.entity-page .concordance li')
    expect(await page.locator('#entity-heading').textContent()).toBe('سام ألتمان')
    expect(await page.locator('.entity-page .concordance li').count()).toBeGreaterThan(5)
    await page.evaluate(() => document.fonts.ready)
    await screenshot(page, 'entity-page')
    await page.locator('.entity-page .concordance-line').first().click()
    await page.waitForSelector('article .block')
    // The mention is revealed selected, so it stands out and can be acted on at once.
    await expect.poll(async () => (await page.evaluate(() => document.getSelection()?.toString())) ?? '').toMatch(/ألتمان|Altman/)
  })

  it('creates an entity from a selection, and finds its mentions in every article', async () => {
    const page = session.page
    await openArticle(page, SEED_IDS[0])
    const name = 'SignalFire'
    await showPhrase(page, name)
    await selectPhrase(page, name)
    await page.waitForSelector('.selection-toolbar')
    await page.click('[data-action="new-entity-from-selection"]')
    await page.waitForSelector('.entity-dialog input[name="nameLatin"]')
    expect(await page.inputValue('.entity-dialog input[name="nameLatin"]')).toBe(name)
    await page.selectOption('.entity-dialog select[name="type"]', 'org')
    await page.fill('.entity-dialog input[name="nameAr"]', 'سيغنال فاير')
    await page.click('.entity-dialog button[type="submit"]')
    await expect.poll(() => registry().entities.some((e) => e.nameLatin === name)).toBe(true)
    const id = registry().entities.find((e) => e.nameLatin === name)?.id as string
    await page.waitForSelector(`article .ent[data-entity-id="${id}"]`)
    expect(await page.locator(`article .ent[data-entity-id="${id}"]`).first().textContent()).toBe(name)
  })

  it('refuses an alias that belongs to another entity and offers to merge', async () => {
    const page = session.page
    await page.click('[data-action="entities"]')
    await page.click('[data-action="new-entity"]')
    await page.fill('.entity-dialog input[name="nameAr"]', 'شركة ميتا الأم')
    await page.fill('.entity-dialog textarea[name="aliases"]', 'Meta')
    await page.click('.entity-dialog button[type="submit"]')
    await page.waitForSelector('.entity-dialog .form-problem')
    expect(await page.locator('.entity-dialog .form-problem').textContent()).toContain('ميتا')
    await page.click('.entity-dialog .form-problem button')
    await expect
      .poll(() =>
        registry()
          .entities.find((e) => e.id === 'meta')
          ?.aliases.includes('شركة ميتا الأم'),
      )
      .toBe(true)
  })

  it('hides a type’s underlines when the reader turns it off', async () => {
    const page = session.page
    await page.click('[data-action="back-to-reading"]')
    await page.waitForSelector('article .ent-person')
    await page.click('[data-action="settings"]')
    await page.uncheck('input[name="underlines"][value="person"]')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('article .ent-person').count()).toBe(0)
    expect(await page.locator('article .ent-org').count()).toBeGreaterThan(0)
  })
})

describe('a selection made before the mentions are drawn', () => {
  it('survives the mentions arriving: same characters selected, toolbar still there', async () => {
    const page = session.page
    // Hold the article's mentions back, as a busy machine does, until the reader has selected.
    let release = (): void => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/api/getArticleEntities', async (route) => {
      await held
      await route.continue()
    })
    await openArticle(page, SEED_IDS[4])
    const phrase = 'OpenAI'
    await showPhrase(page, phrase)
    await selectPhrase(page, phrase)
    await page.waitForSelector('.selection-toolbar')
    expect(await page.locator('article .ent').count()).toBe(0)
    release()
    await page.waitForSelector('article .ent')
    await page.unroute('**/api/getArticleEntities')
    await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe(phrase)
    expect(await page.locator('.selection-toolbar').count()).toBe(1)
  })
})
