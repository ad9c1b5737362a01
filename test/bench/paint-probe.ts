import type { Page } from 'playwright-core'

/** What the probe records, in ms since navigation start (performance.now() of the new document). */
export interface PaintTimes {
  /** The first `.article-body p` with text is in the DOM. */
  inDom: number
  /** After the next animation frame and the task that follows it: the frame holding that text is committed. */
  painted: number
  /** The browser's own presentation time of the article paragraph (Element Timing), when it reports one. */
  elementPainted?: number
  firstContentfulPaint?: number
  redirects: number
}

declare global {
  interface Window {
    __daftarPaint?: Partial<PaintTimes>
  }
}

/**
 * Installed before any page script (Playwright init scripts are not subject to the page's CSP).
 * Watches for the first article paragraph; once it exists, waits one animation frame and then a
 * message-channel task, which runs after that frame was committed; it also marks the paragraph for
 * Element Timing, so the browser reports when the frame showing it was actually presented.
 * Kept as a string: tsx would wrap a function's inner helpers in `__name`, undefined in the page.
 */
const probe = (selector: string): string => `(() => {
  const times = {}
  window.__daftarPaint = times
  const found = () => {
    const p = document.querySelector(${JSON.stringify(selector)})
    if (!p || !p.textContent || !p.textContent.trim()) return false
    times.inDom = performance.now()
    // Set before the frame that first paints it: the browser then reports that paint (Element Timing).
    p.setAttribute('elementtiming', 'daftar-article-text')
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => { times.painted = performance.now() }
      channel.port2.postMessage(null)
    })
    return true
  }
  const observer = new MutationObserver(() => { if (found()) observer.disconnect() })
  observer.observe(document, { childList: true, subtree: true, characterData: true })
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') times.firstContentfulPaint = e.startTime
  }).observe({ type: 'paint', buffered: true })
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.identifier === 'daftar-article-text') times.elementPainted = e.renderTime || e.loadTime
  }).observe({ type: 'element', buffered: true })
})()`

export const ARTICLE_TEXT_SELECTOR = '.article-body p'

/** Opens `url` in `page` and returns when the first article paragraph is painted. */
export async function measurePaint(page: Page, url: string, timeoutMs = 15_000): Promise<PaintTimes> {
  await page.addInitScript(probe(ARTICLE_TEXT_SELECTOR))
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs })
  await page.waitForFunction(() => window.__daftarPaint?.painted !== undefined, undefined, { timeout: timeoutMs, polling: 50 })
  // Element Timing entries are queued once the frame is presented, a little after `painted`.
  await page.waitForFunction(() => window.__daftarPaint?.elementPainted !== undefined, undefined, { timeout: 3000, polling: 50 }).catch(() => {})
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
    return { ...(window.__daftarPaint as PaintTimes), redirects: nav?.redirectCount ?? 0 }
  })
}
