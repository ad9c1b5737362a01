import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, newPage, screenshot } from './support/browser'
import { openApp, SEEDS_DIR, startApp, tempDir } from './support/app'

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('bad input in browser mode', () => {
  it('lists an empty, a binary and an undecodable file with their reasons while every seed still loads', async () => {
    const seeds = tempDir('seeds')
    for (const name of readdirSync(SEEDS_DIR)) copyFileSync(join(SEEDS_DIR, name), join(seeds, name))
    writeFileSync(join(seeds, '005_empty.txt'), '')
    writeFileSync(join(seeds, '006_binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))
    const valid = readFileSync(join(SEEDS_DIR, '000_fcf6e2d5e2034c53.txt'))
    writeFileSync(join(seeds, '007_broken.txt'), Buffer.concat([valid.subarray(0, 200), Buffer.from([0xff, 0xfe, 0xfd]), valid.subarray(200)]))
    const app = await startApp({ seedsDir: seeds })
    const page = await newPage(browser)
    await openApp(page, app.url)
    expect(await page.locator('.library-list > li').count()).toBe(5)
    const failed = await page.$$eval('.failed-files li', (els) => els.map((el) => [el.getAttribute('data-file'), el.querySelector('.failed-reason')?.textContent]))
    expect(failed).toEqual([
      ['005_empty.txt', 'الملف فارغ'],
      ['006_binary.txt', 'الملف ليس نصًا (بيانات ثنائية)'],
      ['007_broken.txt', 'ترميز الملف غير مقروء'],
    ])
    await screenshot(page, 'library-failed-files')
    await page.context().close()
    await app.dispose()
  })

  it('starts with a corrupt settings file: moves it aside, restores the newest good backup and says so', async () => {
    const dataDir = tempDir('corrupt')
    const first = await startApp({ dataDir })
    const page = await newPage(browser)
    await openApp(page, first.url)
    await page.keyboard.press('t') // light → sepia, saved to settings.json
    await expect.poll(() => JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')).reading.theme).toBe('sepia')
    await first.stop()

    const second = await startApp({ dataDir }) // takes a backup of the good file with sepia
    await second.stop()
    writeFileSync(join(dataDir, 'settings.json'), '\u0000'.repeat(300))
    // The caches beside the store damaged too: said at start as well, each once.
    for (const index of ['library', 'mentions']) {
      mkdirSync(join(dataDir, 'index', index), { recursive: true })
      writeFileSync(join(dataDir, 'index', index, '00.json'), '{"format":1,"entries":[["x",nul')
    }
    const third = await startApp({ dataDir })
    await openApp(page, third.url)
    const notice = page.locator('.notice[data-kind="restored"]')
    await expect.poll(() => notice.count()).toBe(1)
    const rebuilt = () => page.$$eval('.notice[data-kind="index-rebuilt"]', (els) => els.map((el) => el.getAttribute('data-index')).sort())
    await expect.poll(rebuilt).toEqual(['library', 'mentions'])
    const text = (await notice.textContent()) ?? ''
    const moved = readdirSync(dataDir).find((n) => n.startsWith('settings.json.corrupt-'))
    expect(moved).toBeDefined()
    expect(text).toContain(join(dataDir, moved as string))
    expect(readFileSync(join(dataDir, moved as string), 'utf8')).toBe('\u0000'.repeat(300))
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('sepia')
    await screenshot(page, 'notice-restored')
    await page.context().close()
    await third.dispose()
  })

  it('opens a store from a newer Daftar read-only and says so, leaving the file untouched', async () => {
    const dataDir = tempDir('newer')
    mkdirSync(dataDir, { recursive: true })
    const newer = JSON.stringify({ schemaVersion: 99, reading: { font: 'amiri', fontSize: 22, lineHeight: 2, theme: 'dark', locale: 'ar' }, session: { lastArticleId: null, positions: {} }, future: true })
    writeFileSync(join(dataDir, 'settings.json'), newer)
    const app = await startApp({ dataDir })
    const page = await newPage(browser)
    await openApp(page, app.url)
    await expect.poll(() => page.locator('.notice[data-kind="read-only"]').count()).toBe(1)
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark')
    await page.keyboard.press('t') // applies on screen for this session, refused by the store
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light')
    expect(await page.locator('.notice[data-kind="read-only"]').count()).toBe(1)
    expect(readFileSync(join(dataDir, 'settings.json'), 'utf8')).toBe(newer)
    await page.context().close()
    await app.dispose()
  })
})
