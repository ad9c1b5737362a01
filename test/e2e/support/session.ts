import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { openApp, openArticle, startApp, type RunningApp } from './app'
import { launchChromium, newPage } from './browser'

export interface AppSession {
  browser: Browser
  app: RunningApp
  page: Page
}

/**
 * One browser, one app in browser mode and one page on it for a whole test file (registered as
 * beforeAll/afterAll). The fields are filled in before the first test runs.
 */
export function useAppSession(options: { article?: string; discovery?: 'auto' | 'manual' } = {}): AppSession {
  const session = {} as AppSession
  beforeAll(async () => {
    session.browser = await launchChromium()
    session.app = await startApp(options.discovery ? { discovery: options.discovery } : {})
    session.page = await newPage(session.browser)
    await openApp(session.page, session.app.url)
    if (options.article) await openArticle(session.page, options.article)
  })
  afterAll(async () => {
    await session.browser?.close()
    await session.app?.dispose()
  })
  return session
}
