import type { Page } from 'playwright-core'
import { SENTINEL_SCRIPT } from '../../hardening/abuse/xss-payloads'

/** One CSP violation, with what it takes to trace it to its source (see SENTINEL_SCRIPT). */
export interface Violation {
  directive: string
  blocked: string
  sample: string
  /** The element (its markup, cut), when the browser still had it in the page; '' otherwise. */
  element: string
  /** 'off-document parse': markup parsed into a document apart from the page. 'page': everything else. */
  source: 'page' | 'off-document parse'
  /** The app code that parsed the markup (a stack frame), or the script position that caused it. */
  parsedBy: string
  /** The view checked next after the violation was raised. */
  view: string
}

/** What a page reports about hostile content since the previous check. */
export interface HostileReport {
  executed: number[]
  violations: Violation[]
  foreignRequests: string[]
  /** Elements that can only have come from content put into the DOM as HTML. */
  injected: string[]
}

export interface HostileProbe {
  /** Everything raised since the previous check, attributed to `view`; the next view starts clean. */
  check(view: string): Promise<HostileReport>
  /** Every request that left the app's origin since the page was armed. */
  allForeignRequests(): string[]
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
export async function armPage(page: Page, appOrigin: string): Promise<HostileProbe> {
  const foreignRequests: string[] = []
  let checkedRequests = 0
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(appOrigin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url)
  })
  await page.addInitScript(SENTINEL_SCRIPT)
  return {
    async check(view) {
      const inPage = await page.evaluate(
        ({ selectors, view }) => {
          const w = window as unknown as { __executed: number[]; __violations: Violation[]; __view: string }
          const injected = selectors.filter((s) => document.querySelector(s) !== null)
          const violations = w.__violations.map((v) => ({ ...v, view }))
          const executed = [...w.__executed]
          w.__executed.length = 0
          w.__violations.length = 0
          return { executed, violations, injected }
        },
        { selectors: INJECTED, view },
      )
      const fresh = foreignRequests.slice(checkedRequests)
      checkedRequests = foreignRequests.length
      return { ...inPage, foreignRequests: fresh }
    },
    allForeignRequests: () => [...foreignRequests],
  }
}
