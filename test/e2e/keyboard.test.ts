import { describe, expect, it } from 'vitest'
import { screenshot } from './support/browser'
import { SEED_IDS } from './support/app'
import { useAppSession } from './support/session'

const session = useAppSession()

const openId = (): Promise<string | null> => session.page.locator('article').getAttribute('data-article-id')
const focusedOutline = (): Promise<string> => session.page.evaluate(() => (document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : 'none'))

describe('keyboard only', () => {
  it('moves to the next and previous article with N and P, and focuses the article text', async () => {
    expect(await openId()).toBe(SEED_IDS[0])
    await session.page.keyboard.press('n')
    await expect.poll(openId).toBe(SEED_IDS[1])
    await session.page.keyboard.press('n')
    await expect.poll(openId).toBe(SEED_IDS[2])
    await session.page.keyboard.press('p')
    await expect.poll(openId).toBe(SEED_IDS[1])
    await expect.poll(() => session.page.evaluate(() => document.activeElement?.id)).toBe('reader')
  })

  it('scrolls the article with J, Space and PageDown', async () => {
    const reader = session.page.locator('main.reader')
    const top = (): Promise<number> => reader.evaluate((el) => el.scrollTop)
    await reader.evaluate((el) => el.scrollTo(0, 0))
    await session.page.keyboard.press('j')
    await expect.poll(top).toBeGreaterThan(0)
    const afterJ = await top()
    await session.page.keyboard.press('PageDown')
    await expect.poll(top).toBeGreaterThan(afterJ)
  })

  it('reaches the library with L, walks it with the arrows and opens with Enter, with a visible focus ring', async () => {
    await session.page.keyboard.press('l')
    await expect.poll(() => session.page.evaluate(() => document.activeElement?.getAttribute('data-article-id'))).toBe(SEED_IDS[1])
    expect(await focusedOutline()).not.toBe('none')
    await session.page.keyboard.press('ArrowDown')
    await session.page.keyboard.press('ArrowDown')
    await session.page.keyboard.press('Enter')
    await expect.poll(openId).toBe(SEED_IDS[3])
    await session.page.evaluate(() => document.fonts.ready)
    await screenshot(session.page, 'keyboard-focus')
  })

  it('opens settings with Ctrl+, and the shortcut list with ?, both closed by Escape', async () => {
    await session.page.keyboard.press('Control+Comma')
    await expect.poll(() => session.page.locator('dialog.settings-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true)
    await session.page.keyboard.press('Tab')
    expect(await session.page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true)
    expect(await focusedOutline()).not.toBe('none')
    await session.page.keyboard.press('Escape')
    await expect.poll(() => session.page.locator('dialog.settings-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false)
    await session.page.keyboard.press('Shift+Slash')
    await expect.poll(() => session.page.locator('dialog.shortcuts-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true)
    await session.page.keyboard.press('Escape')
  })

  it('changes the text size with + and - and the theme with T', async () => {
    const size = (): Promise<string> => session.page.locator('main.reader').evaluate((el) => getComputedStyle(el).fontSize)
    const before = parseFloat(await size())
    await session.page.keyboard.press('Equal')
    await expect.poll(async () => parseFloat(await size())).toBe(before + 1)
    await session.page.keyboard.press('Minus')
    await expect.poll(async () => parseFloat(await size())).toBe(before)
    const theme = (): Promise<string | undefined> => session.page.evaluate(() => document.documentElement.dataset['theme'])
    const first = await theme()
    await session.page.keyboard.press('t')
    await expect.poll(theme).not.toBe(first)
  })
})
