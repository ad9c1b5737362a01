import { describe, expect, it } from 'vitest'
import { openApp } from './support/app'
import { useAppSession } from './support/session'

const session = useAppSession()

describe('browser mode keeps its token out of cookies and the address bar', () => {
  it('takes the token from the printed address, sets no cookie, and keeps working after a reload', async () => {
    const { page, app } = session
    expect(new URL(app.url).hash).toBe(`#token=${app.server.token}`)
    // The app is open (an article on screen): its API calls were answered.
    expect(page.url()).not.toContain(app.server.token)
    expect(await page.context().cookies()).toEqual([])
    expect(await page.evaluate(() => document.cookie)).toBe('')

    await page.reload()
    await page.waitForSelector('.article-body .block')
    expect(await page.context().cookies()).toEqual([])
  })

  it('shows no library to a page opened without the token', async () => {
    const { app } = session
    const fresh = await session.browser.newPage()
    try {
      const origin = new URL(app.url).origin
      const answer = await fresh.goto(`${origin}/`)
      expect(answer?.status()).toBe(200)
      const call = await fresh.evaluate(async () => (await fetch('/api/listLibrary', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"args":[]}' })).status)
      expect(call).toBe(401)
      await openApp(fresh, app.url)
      expect(await fresh.context().cookies()).toEqual([])
    } finally {
      await fresh.close()
    }
  })
})
