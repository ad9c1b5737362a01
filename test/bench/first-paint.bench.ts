import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import type { Article } from '../../src/core/corpus/types'
import type { Library } from '../../src/shared/api'
import { callApi, launchBenchChromium } from './bench-browser'
import { builtRendererCopy } from './ensure-build'
import { measurePaint, type PaintTimes } from './paint-probe'
import type { Row, Section } from './section'
import { writeStaticArticlePage } from './static-article-page'
import { max, median } from './stats'
import { startWebServerProcess } from '../support/web-server-process'

const WARM_UP = 1
const LOADS = 7
const GOAL_MS = 500

/** One fresh load: a new browser context (no cache, no cookie), one page, closed afterwards. */
async function freshLoad(browser: Browser, url: string): Promise<PaintTimes> {
  const context = await browser.newContext()
  try {
    return await measurePaint(await context.newPage(), url)
  } finally {
    await context.close()
  }
}

/**
 * First article painted in browser mode: the built server (`node out/node/web.js`) on a fresh data
 * folder and seeds/, real Chromium through playwright-core, each load in a fresh context, from
 * navigation start (the tokened URL, including its redirect to the cookie) to the first article
 * paragraph painted (Element Timing: when the browser presented the frame showing it). Reference: the same article as static HTML with the same stylesheet, served by
 * the same server process, loaded the same way, alternating with the app.
 */
export const firstPaint: Section = {
  name: 'first paint',
  async run(ctx) {
    const { tmp, rendererDir } = await builtRendererCopy(ctx, 'first paint')
    await mkdir(join(tmp, 'data'))
    const server = await startWebServerProcess(ctx.root, { dataDir: join(tmp, 'data'), seedsDir: join(ctx.root, 'seeds'), rendererDir })
    let browser: Browser | undefined
    try {
      const library = await callApi<Library>(server, 'listLibrary', [])
      const first = library.articles[0]
      if (!first) throw new Error('the library is empty')
      const staticPath = await writeStaticArticlePage(rendererDir, await callApi<Article>(server, 'getArticle', [first.id]))
      const appUrl = server.url
      const staticUrl = new URL(staticPath, server.url)
      staticUrl.search = new URL(server.url).search

      browser = await launchBenchChromium()
      ctx.log(`first paint: Chromium ${browser.version()}, ${WARM_UP} warm-up + ${LOADS} fresh loads each`)
      const app: PaintTimes[] = []
      const plain: PaintTimes[] = []
      for (let i = 0; i < WARM_UP + LOADS; i++) {
        const a = await freshLoad(browser, appUrl)
        const s = await freshLoad(browser, staticUrl.href)
        if (i < WARM_UP) continue
        app.push(a)
        plain.push(s)
      }
      const of = (runs: PaintTimes[], pick: (t: PaintTimes) => number | undefined): number[] => runs.map(pick).filter((v): v is number => v !== undefined)
      // The browser's presentation time of the paragraph when it reports one, else the frame commit.
      const shown = (t: PaintTimes): number => t.elementPainted ?? t.painted
      const fallbacks = [...app, ...plain].filter((t) => t.elementPainted === undefined).length
      const rows: Row[] = [
        {
          name: `first article text painted, median of ${LOADS}`,
          value: median(app.map(shown)),
          unit: 'ms',
          reference: { label: 'static HTML of same article, same server', value: median(plain.map(shown)) },
          goal: { max: GOAL_MS, source: 'issue: first article painted in browser mode' },
          ...(fallbacks > 0 ? { note: `${fallbacks} of ${app.length + plain.length} loads gave no Element Timing entry; their frame-commit time was used` } : {}),
        },
        {
          name: `first article text painted, slowest of ${LOADS}`,
          value: max(app.map(shown)),
          unit: 'ms',
          reference: { label: 'static HTML, slowest', value: max(plain.map(shown)) },
        },
        {
          name: `article in DOM + next frame committed (rAF), median`,
          value: median(app.map((t) => t.painted)),
          unit: 'ms',
          reference: { label: 'static HTML', value: median(plain.map((t) => t.painted)) },
        },
      ]
      // Context, not the goal: the app shell (library, header) paints before the article arrives.
      const fcp = of(app, (t) => t.firstContentfulPaint)
      const fcpStatic = of(plain, (t) => t.firstContentfulPaint)
      if (fcp.length > 0 && fcpStatic.length > 0) {
        rows.push({ name: `first contentful paint (app shell), median`, value: median(fcp), unit: 'ms', reference: { label: 'static HTML', value: median(fcpStatic) } })
      }
      return rows
    } finally {
      await browser?.close()
      await server.stop()
    }
  },
}
