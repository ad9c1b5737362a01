import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { screenshot } from './support/browser'
import { closeImportReport, importThroughPicker } from './support/import'
import { openArticle, SEED_IDS } from './support/app'
import { selectPhrase, showPhrase } from './support/select'
import { useAppSession } from './support/session'

// The library-wide discovery pass runs in the background, as in the app and `npm run web`.
const session = useAppSession({ discovery: 'auto' })

/** The first pass reads the whole library; on a loaded machine that takes a while. */
const PASS_MS = 90_000
const SLOW = 150_000

interface StoredEntity {
  id: string
  type: string
  nameAr: string
  nameLatin: string
  aliases: string[]
}
const registry = (): { entities: StoredEntity[]; ignoredNames?: string[] } =>
  JSON.parse(readFileSync(join(session.app.dataDir, 'entities.json'), 'utf8'))
const named = (name: string): StoredEntity | undefined => registry().entities.find((e) => e.nameAr === name || e.nameLatin === name)

/** Opens the library's inbox and waits until the pass is done (the list, not "reading the library…"). */
async function openInbox(page: Page): Promise<void> {
  await page.click('[data-action="new-names"]')
  await page.waitForSelector('.new-names-view .new-name-list', { timeout: PASS_MS })
}

const item = (page: Page, name: string) => page.locator('.new-name', { has: page.locator('h3', { hasText: name }) })

/** Selects `word` inside the first text node that holds `context` (a DOM Range over that one occurrence). */
async function selectIn(page: Page, context: string, word: string): Promise<void> {
  await showPhrase(page, context)
  await page.evaluate(
    ([context, w]) => {
      const walker = document.createTreeWalker(document.querySelector('article .article-body') as Node, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(context) ?? -1
        if (at < 0) continue
        const range = document.createRange()
        const from = at + context.indexOf(w)
        range.setStart(node, from)
        range.setEnd(node, from + w.length)
        document.getSelection()?.removeAllRanges()
        document.getSelection()?.addRange(range)
        return
      }
      throw new Error(`"${context}" is not in one text node`)
    },
    [context, word] as const,
  )
}

describe('the new names inbox', () => {
  it(
    'lists a name of the seeds with its reason in plain words and an example sentence; the top bar counts them',
    { timeout: SLOW },
    async () => {
      const page = session.page
      await openInbox(page)
      const jack = item(page, 'جاك راي')
      await jack.waitFor()
      expect(await jack.locator('.new-name-reason').allTextContents()).toContain('ليست في المعجم العربي')
      expect(await jack.locator('.concordance-line').first().textContent()).toContain('جاك راي من Google DeepMind')
      expect(await jack.locator('select[name="type"]').inputValue()).toBe('person')
      expect(Number(await page.locator('[data-action="new-names"] .badge').getAttribute('data-count'))).toBeGreaterThan(10)
      await page.evaluate(() => document.fonts.ready)
      await screenshot(page, 'new-names-library')
    },
  )

  it('accepting a name makes it an underlined known mention in the article (seed 003)', { timeout: SLOW }, async () => {
    const page = session.page
    await item(page, 'جاك راي').locator('[data-action="accept-name"]').click()
    await expect.poll(() => named('جاك راي')?.type).toBe('person')
    await expect.poll(() => item(page, 'جاك راي').count()).toBe(0)
    const id = named('جاك راي')?.id as string
    await openArticle(page, SEED_IDS[3])
    const mention = page.locator(`article .ent-entity[data-entity-id="${id}"]`)
    await mention.first().waitFor()
    expect(await mention.first().textContent()).toBe('جاك راي')
  })

  it('shows the article’s own new names beside the reader; an example opens the article at that place', { timeout: SLOW }, async () => {
    const page = session.page
    await page.click('[data-tab="new-names"]')
    await page.waitForSelector('.article-new-names .new-name-list', { timeout: PASS_MS })
    const names = await page.locator('.article-new-names .new-name h3').allTextContents()
    expect(names).toContain('بيي صن')
    expect(names).not.toContain('جاك راي')
    // Names of other articles are not listed here.
    expect(names).not.toContain('Mercor')
    await page.evaluate(() => document.fonts.ready)
    await screenshot(page, 'new-names-article')
    await item(page, 'كوراي كافوكشغلو').locator('.concordance-line').first().click()
    await expect.poll(async () => (await page.evaluate(() => document.getSelection()?.toString())) ?? '').toContain('كافوكشغلو')
    await page.evaluate(() => document.getSelection()?.removeAllRanges())
  })

  it('ignoring a name removes it, and it stays gone after a reload', { timeout: SLOW }, async () => {
    const page = session.page
    await item(page, 'جويل بوبار').locator('[data-action="ignore-name"]').click()
    await expect.poll(() => item(page, 'جويل بوبار').count()).toBe(0)
    expect(registry().ignoredNames?.length).toBeGreaterThan(0)
    await page.reload()
    await openInbox(page)
    await item(page, 'بيي صن').waitFor()
    expect(await item(page, 'جويل بوبار').count()).toBe(0)
  })

  it('accepts many names at once, with a type corrected by the user', { timeout: SLOW }, async () => {
    const page = session.page
    await item(page, 'Mercor').locator('select[name="type"]').selectOption('org')
    await item(page, 'Mercor').locator('input[type="checkbox"]').check()
    await item(page, 'Surge').locator('input[type="checkbox"]').check()
    expect(await page.locator('[data-action="accept-selected"]').textContent()).toContain('2')
    await page.click('[data-action="accept-selected"]')
    await expect.poll(() => named('Mercor')?.type).toBe('org')
    await expect.poll(() => Boolean(named('Surge'))).toBe(true)
    await expect.poll(() => item(page, 'Mercor').count()).toBe(0)
    await expect.poll(() => item(page, 'Surge').count()).toBe(0)
  })

  it('merges a name into an existing entity chosen with the picker: its spelling becomes an alias', { timeout: SLOW }, async () => {
    const page = session.page
    const genai = item(page, 'GenAI')
    await genai.locator('[data-action="merge-name"]').click()
    await genai.locator('.merge-box input').fill('ميتا')
    await genai.locator('.merge-box [role="option"]', { hasText: 'ميتا' }).first().click()
    await expect.poll(() => registry().entities.find((e) => e.id === 'meta')?.aliases).toContain('GenAI')
    await expect.poll(() => item(page, 'GenAI').count()).toBe(0)
  })
})

describe('suggestions in the reader', () => {
  it('accepts an underlined suggestion from its card, which shows the proposed name, its type and why', { timeout: SLOW }, async () => {
    const page = session.page
    await openArticle(page, SEED_IDS[3])
    const suggestion = page.locator('article .ent-suggestion', { hasText: 'بيي صن' })
    await suggestion.first().waitFor({ timeout: PASS_MS })
    await suggestion.first().scrollIntoViewIfNeeded()
    await suggestion.first().click()
    const card = page.locator('.entity-card')
    await card.waitFor()
    expect(await card.locator('.suggested-name').textContent()).toBe('بيي صن')
    expect(await card.textContent()).toContain('شخص')
    expect(await card.locator('.suggestion-reasons li').count()).toBeGreaterThan(0)
    await page.evaluate(() => document.fonts.ready)
    await screenshot(page, 'new-names-suggestion-card')
    await card.locator('[data-action="accept-suggestion"]').click()
    await expect.poll(() => named('بيي صن')?.type).toBe('person')
    const id = named('بيي صن')?.id as string
    await page.locator(`article .ent-entity[data-entity-id="${id}"]`).first().waitFor()
  })
})

describe('linking a selection to an entity', () => {
  it('offers to add the selected spelling as a name of the entity, and then the other mentions are found', { timeout: SLOW }, async () => {
    const page = session.page
    // The registry without the surname alone: "ألتمان" by itself is not found until the reader teaches it.
    const sam = session.app.backend.entities.entities.find((e) => e.id === 'sam-altman')
    if (!sam) throw new Error('sam-altman is not in the seeds registry')
    const { id: _id, createdAt: _c, updatedAt: _u, ...input } = sam
    const updated = await session.app.backend.entities.update('sam-altman', {
      ...input,
      aliases: input.aliases.filter((a) => a !== 'ألتمان'),
    })
    expect(updated.ok).toBe(true)
    await page.reload()
    await page.waitForSelector('.article-body .block')
    await openArticle(page, SEED_IDS[2])
    await page.waitForSelector('article .ent-entity')
    const alone = (): Promise<number> => page.locator('article .ent[data-entity-id="sam-altman"]', { hasText: /^ألتمان$/ }).count()
    expect(await alone()).toBe(0)

    await selectIn(page, 'حيث أرسل ألتمان', 'ألتمان')
    await page.waitForSelector('.selection-toolbar')
    await page.click('[data-action="link-entity"]')
    await page.locator('.link-popover input').fill('سام ألت')
    await page.keyboard.press('Enter')
    const offer = page.locator('.link-popover [data-action="add-alias"]')
    await offer.waitFor()
    expect(await offer.textContent()).toContain('ألتمان')
    expect(await offer.textContent()).toContain('سام ألتمان')
    await page.evaluate(() => document.fonts.ready)
    await screenshot(page, 'link-add-alias')
    await offer.click()
    await expect.poll(() => registry().entities.find((e) => e.id === 'sam-altman')?.aliases).toContain('ألتمان')
    // The same article's later paragraphs ("قلّل ألتمان", "اتهم بوسورث ألتمان") now find him too.
    await expect.poll(alone, { timeout: 20_000 }).toBeGreaterThanOrEqual(4)
    await page.click('[data-action="link-finish"]')
  })

  it('says clearly, in the interface language, why a spelling cannot become a name', { timeout: SLOW }, async () => {
    const page = session.page
    await selectIn(page, 'سام ألتمان', 'سام')
    await page.waitForSelector('.selection-toolbar')
    await page.click('[data-action="link-entity"]')
    await page.locator('.link-popover input').fill('سام ألت')
    await page.keyboard.press('Enter')
    await page.click('.link-popover [data-action="add-alias"]')
    const refusal = page.locator('.link-popover .form-problem')
    await refusal.waitFor()
    expect(await refusal.textContent()).toContain('اسم شخصي شائع')
    expect(registry().entities.find((e) => e.id === 'sam-altman')?.aliases).not.toContain('سام')
    await page.click('[data-action="link-finish"]')
  })
})

describe('a new entity from a selection that holds a known name', () => {
  const phrase = 'ولم يُخفِ مارك زوكربيرج'

  it('offers the known entity first; "yes" confirms the mention and creates nothing', { timeout: SLOW }, async () => {
    const page = session.page
    await openArticle(page, SEED_IDS[2])
    await page.waitForSelector('article .ent[data-entity-id="mark-zuckerberg"]')
    const before = registry().entities.length
    await showPhrase(page, phrase)
    await selectPhrase(page, phrase)
    await page.waitForSelector('.selection-toolbar')
    await page.click('[data-action="new-entity-from-selection"]')
    const question = page.locator('.known-first')
    await question.waitFor()
    expect(await question.textContent()).toContain('مارك زوكربيرغ')
    expect(await page.locator('.entity-dialog').isVisible()).toBe(false)
    // The question takes the selection toolbar's place rather than covering it.
    await page.locator('.selection-toolbar').waitFor({ state: 'detached' })
    await page.evaluate(() => document.fonts.ready)
    await screenshot(page, 'known-entity-first')
    await question.locator('[data-action="known-first-confirm"]').click()
    await page.locator('article .ent-confirmed[data-entity-id="mark-zuckerberg"]', { hasText: 'مارك زوكربيرج' }).first().waitFor()
    expect(registry().entities.length).toBe(before)
  })

  it('"no" goes on to the new-entity dialog with the selection', { timeout: SLOW }, async () => {
    const page = session.page
    await showPhrase(page, phrase)
    await selectPhrase(page, phrase)
    await page.waitForSelector('.selection-toolbar')
    await page.click('[data-action="new-entity-from-selection"]')
    await page.click('.known-first [data-action="known-first-new"]')
    await page.waitForSelector('.entity-dialog input[name="nameAr"]')
    expect(await page.inputValue('.entity-dialog input[name="nameAr"]')).toBe(phrase)
    await page.keyboard.press('Escape')
  })
})

describe('after an import', () => {
  it('counts and lists the names of the new article once the background pass has read it', { timeout: SLOW }, async () => {
    const page = session.page
    const badge = page.locator('[data-action="new-names"] .badge')
    const before = Number(await badge.getAttribute('data-count'))
    const text =
      'وقال ديميس هسابيس، الرئيس التنفيذي لشركة ديب مايند، إن النماذج الجديدة ستغير البحث العلمي.\n\nوأضاف ديميس هسابيس أن فريقه يعمل على ذلك منذ سنوات.\n'
    await importThroughPicker(page, [{ name: 'hassabis.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') }])
    await closeImportReport(page)
    // No navigation: the badge asks again by itself until the pass over the grown library lands.
    await expect.poll(async () => Number(await badge.getAttribute('data-count')), { timeout: PASS_MS }).toBeGreaterThan(before)
    await openInbox(page)
    const hassabis = item(page, 'ديميس هسابيس')
    await hassabis.waitFor()
    expect(await hassabis.locator('.concordance-line').first().textContent()).toContain('وقال ديميس هسابيس')
  })
})

describe('the inbox in English', () => {
  it('says the reasons in English and lays the list out left to right', { timeout: SLOW }, async () => {
    const page = session.page
    await page.click('[data-action="settings"]')
    await page.selectOption('select[name="locale"]', 'en')
    await page.keyboard.press('Escape')
    await openInbox(page)
    const first = page.locator('.new-name').first()
    expect(await page.locator('.new-names-view').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr')
    expect(await page.locator('.new-name-reason').allTextContents()).toContain('not in the Arabic dictionary')
    expect(await first.locator('[data-action="accept-name"]').textContent()).toBe('Accept')
    await page.evaluate(() => document.fonts.ready)
    await screenshot(page, 'new-names-library-en')
    await page.click('[data-action="settings"]')
    await page.selectOption('select[name="locale"]', 'ar')
    await page.keyboard.press('Escape')
  })
})
