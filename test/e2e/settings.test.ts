import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, newPage, screenshot } from './support/browser'
import { openApp, openArticle, startApp, type RunningApp } from './support/app'

let browser: Browser
let app: RunningApp

beforeAll(async () => {
  browser = await launchChromium()
  app = await startApp()
})

afterAll(async () => {
  await browser?.close()
  await app?.dispose()
})

const savedSettings = (dataDir: string): Record<string, unknown> =>
  (JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as { reading: Record<string, unknown> }).reading

describe('reading settings', () => {
  it('loads the chosen bundled font for real', async () => {
    const page = await newPage(browser)
    await openApp(page, app.url)
    await page.click('[data-action="settings"]')
    await page.check('input[name="font"][value="amiri"]')
    await page.keyboard.press('Escape')
    await page.evaluate(() => document.fonts.ready)
    const paragraphFont = await page.locator('.article-body p').first().evaluate((el) => getComputedStyle(el).fontFamily)
    expect(paragraphFont).toContain('Amiri')
    const amiri = await page.evaluate(() => ({
      check: document.fonts.check('20px "Amiri"', 'ذكاء'),
      loaded: [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Amiri' && f.status === 'loaded').length,
    }))
    expect(amiri.check).toBe(true)
    expect(amiri.loaded).toBeGreaterThan(0)
    await page.context().close()
  })

  it('persists font, size, line height and theme in the store and restores them after a reload', async () => {
    const page = await newPage(browser)
    await openApp(page, app.url)
    await page.click('[data-action="settings"]')
    await page.check('input[name="font"][value="sans"]')
    await page.check('input[name="theme"][value="dark"]')
    await page.locator('input[name="fontSize"]').fill('24')
    await page.locator('input[name="lineHeight"]').fill('2.2')
    await page.keyboard.press('Escape')
    await expect.poll(() => savedSettings(app.dataDir)).toMatchObject({ font: 'sans', theme: 'dark', fontSize: 24, lineHeight: 2.2 })

    await page.reload()
    await page.waitForSelector('.article-body .block')
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark')
    const reader = page.locator('main.reader')
    expect(await reader.evaluate((el) => getComputedStyle(el).fontSize)).toBe('24px')
    expect(await reader.evaluate((el) => getComputedStyle(el).fontFamily)).toContain('Noto Sans Arabic')
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 24, 28)')
    await page.evaluate(() => document.fonts.ready)
    await screenshot(page, 'theme-dark')
    await page.context().close()
  })

  it('switches the interface to English while articles stay right-to-left', async () => {
    const page = await newPage(browser)
    await openApp(page, app.url)
    await page.click('[data-action="settings"]')
    await page.selectOption('select[name="locale"]', 'en')
    await page.keyboard.press('Escape')
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr'])
    expect(await page.textContent('#library-heading')).toBe('Library')
    expect(await page.locator('article').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')
    await page.evaluate(() => document.fonts.ready)
    await screenshot(page, 'interface-english')
    await page.click('[data-action="settings"]')
    await page.selectOption('select[name="locale"]', 'ar')
    await page.keyboard.press('Escape')
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    await page.context().close()
  })

  it('reopens the last article at the last reading position', async () => {
    const page = await newPage(browser)
    await openApp(page, app.url)
    await openArticle(page, '003_5733bacec403bece')
    const reader = page.locator('main.reader')
    await reader.evaluate((el) => el.scrollBy(0, 1500))
    const before = await reader.evaluate((el) => {
      const top = el.getBoundingClientRect().top
      const first = [...el.querySelectorAll<HTMLElement>('.article-body .block')].find((b) => b.getBoundingClientRect().bottom > top + 1)
      return Number(first?.dataset['start'])
    })
    expect(before).toBeGreaterThan(0)
    const sessionOnDisk = (): unknown => (JSON.parse(readFileSync(join(app.dataDir, 'settings.json'), 'utf8')) as { session: unknown }).session
    await expect.poll(sessionOnDisk).toMatchObject({ lastArticleId: '003_5733bacec403bece', positions: { '003_5733bacec403bece': { offset: before } } })

    await page.reload()
    await page.waitForSelector('article[data-article-id="003_5733bacec403bece"] .block')
    await page.evaluate(() => document.fonts.ready)
    await expect
      .poll(() =>
        reader.evaluate((el) => {
          const top = el.getBoundingClientRect().top
          const first = [...el.querySelectorAll<HTMLElement>('.article-body .block')].find((b) => b.getBoundingClientRect().bottom > top + 1)
          return Number(first?.dataset['start'])
        }),
      )
      .toBe(before)
    await page.context().close()
  })
})
