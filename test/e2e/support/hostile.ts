import type { Page } from 'playwright-core'
import { SENTINEL_SCRIPT } from '../../hardening/abuse/xss-payloads'

/** What a page reports about hostile content: executions, CSP violations, foreign requests, injected markup. */
export interface HostileReport {
  executed: number[]
  violations: string[]
  foreignRequests: string[]
  /** Elements that can only have come from content put into the DOM as HTML. */
  injected: string[]
}

/** Elements and attributes the app itself never renders: finding one means markup got in. */
const INJECTED = [
  'iframe',
  'object',
  'embed',
  'base',
  'meta[http-equiv]',
  'form[action]',
  'video',
  'details',
  'math',
  'template',
  'noscript',
  'svg script',
  'script:not([src])',
  'link[href^="http"]',
  'img[src^="http"]',
  'img[src="x"]',
  '[onerror]',
  '[onload]',
  '[onfocus]',
  '[ontoggle]',
  'a[href^="javascript" i]',
  'a[href^="data" i]',
  'a[href*="javascript" i]',
]

/**
 * Arms a page before it loads anything: a sentinel `__xss()` every payload calls if it ever runs,
 * a record of CSP violations, and a log of every request that leaves the app's origin.
 */
export async function armPage(page: Page, appOrigin: string): Promise<() => Promise<HostileReport>> {
  const foreignRequests: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(appOrigin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url)
  })
  await page.addInitScript(SENTINEL_SCRIPT)
  return async () => {
    const inPage = await page.evaluate((selectors) => {
      const w = window as unknown as { __executed: number[]; __violations: string[] }
      const injected = selectors.filter((s) => document.querySelector(s) !== null)
      return { executed: [...w.__executed], violations: [...w.__violations], injected }
    }, INJECTED)
    return { ...inPage, foreignRequests: [...foreignRequests] }
  }
}
