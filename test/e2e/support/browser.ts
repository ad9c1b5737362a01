import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

export const CHROMIUM = process.env['DAFTAR_CHROMIUM'] ?? '/usr/bin/chromium'
export const SCREENSHOTS = resolve(import.meta.dirname, '../../../test-results/screenshots')

/** Flags that let Debian's Chromium run headless here without reaching for the network. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Launches Chromium. Playwright gives every launch a fresh temporary profile folder of its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS })
}

/** A new page in a fresh context (its own cookies and storage) at the size the screenshots use. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'ar' })
  // Shorter than the test's own 30 s, so a step that hangs fails with its name and Playwright's log
  // (which element covered a button, which selector never came) instead of a bare test timeout.
  context.setDefaultTimeout(12_000)
  return context.newPage()
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  const path = join(SCREENSHOTS, `${name}.png`)
  await page.screenshot({ path, fullPage: false })
  return path
}
