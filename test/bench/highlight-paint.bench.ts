import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { loadCorpusDir } from '../../src/backend/library/corpus-loader'
import type { Library } from '../../src/shared/api'
import { callApi, launchBenchChromium } from './bench-browser'
import { builtRendererCopy } from './ensure-build'
import { deepestOverlap, highlightPaintFixture, type Span } from './highlight-paint-fixture'
import {
  createProbe,
  createResult,
  openProbe,
  openResult,
  selectPassage,
  trivialRoundTrip,
  type CreateTimes,
  type OpenTimes,
  type RoundTrip,
} from './highlight-paint-probe'
import type { Row, Section } from './section'
import { median } from './stats'
import { populateStore } from './store-fixture'
import { startWebServerProcess, type RunningWebServer } from '../support/web-server-process'

/** The longest seed (~9,500 bytes, 5,365 characters). */
const ARTICLE = '003_5733bacec403bece'
const HIGHLIGHTS = 1000
const OPEN_WARM_UP = 1
const OPENS = 7
const CREATE_WARM_UP = 2
const CREATES = 12
const OPEN_GOAL_MS = 150
const CREATE_GOAL_MS = 50
const TIMEOUT_MS = 15_000
/** Longer than the reader's 400 ms pause before it saves the position after a scroll. */
const SCROLL_SETTLE_MS = 600

const openSelector = (articleId: string): string => `article[data-article-id="${articleId}"] .article-body .block`

/**
 * One cold open of ARTICLE: the session is set back to `other` (opening an article records it as
 * the last one), the app is loaded afresh and left to settle on `other`, then the library button of
 * ARTICLE is clicked; the probe times the click to the frame showing `want` highlights.
 */
async function openOnce(page: Page, server: RunningWebServer, other: string, want: number): Promise<OpenTimes> {
  await callApi(server, 'saveReadingPosition', [other, { offset: 0, progress: 0 }])
  await page.goto(server.url, { waitUntil: 'networkidle', timeout: TIMEOUT_MS })
  await page.waitForSelector(openSelector(other), { timeout: TIMEOUT_MS })
  await page.evaluate(openProbe(ARTICLE, want))
  await page.click(`.library-button[data-article-id="${ARTICLE}"]`, { timeout: TIMEOUT_MS })
  // A function, not a string: the app's CSP forbids eval.
  await page.waitForFunction(() => window.__hlOpen?.painted !== undefined, undefined, { timeout: TIMEOUT_MS, polling: 50 })
  const times = (await page.evaluate(openResult(ARTICLE))) as OpenTimes
  if (times.distinct < want) throw new Error(`opened ${ARTICLE} with ${times.distinct} highlights shown, expected ${want}`)
  return times
}

/**
 * One new highlight on the open article: scroll the passage into view and let the reader settle,
 * select it, wait for the toolbar, press "1"; the probe times the keydown to the frame showing the
 * new mark. Before it, the reference: a trivial API round trip from the same page.
 */
async function createOnce(page: Page, text: string, passage: Span): Promise<{ create: CreateTimes; trivial: RoundTrip }> {
  await page.waitForSelector('.selection-toolbar', { state: 'detached', timeout: TIMEOUT_MS })
  await page.evaluate(selectPassage(passage.start, passage.end, true))
  await page.waitForTimeout(SCROLL_SETTLE_MS)
  await page.evaluate(selectPassage(passage.start, passage.end, false))
  await page.waitForSelector('.selection-toolbar', { timeout: TIMEOUT_MS })
  const trivial = (await page.evaluate(trivialRoundTrip)) as RoundTrip
  await page.evaluate(createProbe(ARTICLE))
  await page.keyboard.press('1')
  await page.waitForFunction(() => window.__hlCreate?.painted !== undefined, undefined, { timeout: TIMEOUT_MS, polling: 50 })
  const create = (await page.evaluate(createResult(ARTICLE))) as CreateTimes
  const expected = text.slice(passage.start, passage.end)
  if (create.text !== expected || !create.className.split(' ').includes('hl-yellow')) {
    throw new Error(
      `the new highlight shows ${JSON.stringify(create.text)} (${create.className}), expected ${JSON.stringify(expected)} in yellow`,
    )
  }
  return { create, trivial }
}

const kb = (bytes: number): string => `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`
const fetchMs = (r: { start: number; end: number } | null): number => (r ? r.end - r.start : NaN)
/** NaN when no run gave the figure (a request the browser reported no timing for): that row is left out. */
const definedMedian = (values: number[]): number => {
  const defined = values.filter((v) => Number.isFinite(v))
  return defined.length > 0 ? median(defined) : NaN
}

/**
 * Highlights in browser mode, on the longest seed: opening it with 1,000 highlights on file (from
 * the click in the library to the frame showing all of them), beside opening it with none; and
 * creating one more with the 1,000 shown (from the "1" key to the frame showing the new mark),
 * beside a trivial API round trip from the same page. Built server (`node out/node/web.js`), real
 * Chromium, times taken in the page.
 */
export const highlightPaint: Section = {
  name: 'highlight paint',
  async run(ctx) {
    const { tmp, rendererDir } = await builtRendererCopy(ctx, 'highlight paint')
    const seedsDir = join(ctx.root, 'seeds')
    const article = (await loadCorpusDir(seedsDir)).articles.find((a) => a.id === ARTICLE)
    if (!article) throw new Error(`seed ${ARTICLE} is missing`)
    const fixture = highlightPaintFixture(article, HIGHLIGHTS, CREATE_WARM_UP + CREATES)
    const withDir = join(tmp, 'with-highlights')
    const plainDir = join(tmp, 'no-highlights')
    await mkdir(withDir)
    await mkdir(plainDir)
    await populateStore(withDir, [{ articleId: ARTICLE, highlights: fixture.highlights }])

    const servers: RunningWebServer[] = []
    let browser: Browser | undefined
    try {
      const withServer = await startWebServerProcess(ctx.root, { dataDir: withDir, seedsDir, rendererDir })
      servers.push(withServer)
      const plainServer = await startWebServerProcess(ctx.root, { dataDir: plainDir, seedsDir, rendererDir })
      servers.push(plainServer)
      const library = await callApi<Library>(withServer, 'listLibrary', [])
      const other = library.articles.find((a) => a.id !== ARTICLE)?.id
      if (!other) throw new Error('the library holds no other article to start on')

      browser = await launchBenchChromium()
      ctx.log(
        `highlight paint: Chromium ${browser.version()}, ${HIGHLIGHTS} highlights on ${ARTICLE} (${article.text.length} chars, up to ${deepestOverlap(fixture.highlights)} deep), ` +
          `${OPEN_WARM_UP} warm-up + ${OPENS} opens each, ${CREATE_WARM_UP} + ${CREATES} creates`,
      )
      const withPage = await (await browser.newContext()).newPage()
      const plainPage = await (await browser.newContext()).newPage()

      const opened: OpenTimes[] = []
      const plain: OpenTimes[] = []
      for (let i = 0; i < OPEN_WARM_UP + OPENS; i++) {
        const a = await openOnce(withPage, withServer, other, HIGHLIGHTS)
        const b = await openOnce(plainPage, plainServer, other, 0)
        if (i < OPEN_WARM_UP) continue
        opened.push(a)
        plain.push(b)
      }

      const created: CreateTimes[] = []
      const trivial: RoundTrip[] = []
      for (let i = 0; i < CREATE_WARM_UP + CREATES; i++) {
        const run = await createOnce(withPage, article.text, fixture.fresh[i] as Span)
        if (i < CREATE_WARM_UP) continue
        created.push(run.create)
        trivial.push(run.trivial)
      }

      const of = <T>(runs: T[], pick: (t: T) => number): number => definedMedian(runs.map(pick))
      const listBytes = opened[0]?.listHighlights?.bytes ?? 0
      const rows: Row[] = [
        {
          name: `open article with ${HIGHLIGHTS.toLocaleString('en-US')} highlights: painted, median of ${OPENS}`,
          value: of(opened, (t) => t.painted - t.clicked),
          unit: 'ms',
          reference: { label: 'same article, no highlights', value: of(plain, (t) => t.painted - t.clicked) },
          goal: { max: OPEN_GOAL_MS, source: 'brief: open an article with 1,000 highlights' },
          note: `${ARTICLE}: ${opened[0]?.markElements.toLocaleString('en-US')} <mark> elements for ${opened[0]?.distinct.toLocaleString('en-US')} highlights (nested up to ${deepestOverlap(fixture.highlights)} deep); click to frame committed after the last mark is in the DOM (rAF + message task)`,
        },
        {
          name: '  click → article text in DOM',
          value: of(opened, (t) => t.textInDom - t.clicked),
          unit: 'ms',
          reference: { label: 'no highlights', value: of(plain, (t) => t.textInDom - t.clicked) },
        },
        {
          name: `  listHighlights request (${kb(listBytes)} of JSON)`,
          value: of(opened, (t) => fetchMs(t.listHighlights)),
          unit: 'ms',
          reference: { label: 'same call, no highlights', value: of(plain, (t) => fetchMs(t.listHighlights)) },
        },
        {
          name: '  response → marks in DOM (JSON, React)',
          value: of(opened, (t) => (t.listHighlights ? t.marksInDom - t.listHighlights.end : NaN)),
          unit: 'ms',
        },
        {
          name: '  marks in DOM → frame committed',
          value: of(opened, (t) => t.painted - t.marksInDom),
          unit: 'ms',
          reference: { label: 'no highlights: text in DOM → frame', value: of(plain, (t) => t.painted - t.marksInDom) },
        },
        {
          name: `create one more highlight: visible, median of ${CREATES}`,
          value: of(created, (t) => t.painted - t.pressed),
          unit: 'ms',
          reference: { label: 'takeNotices round trip + next frame', value: of(trivial, (t) => t.total) },
          goal: { max: CREATE_GOAL_MS, source: 'brief: create one more highlight' },
          note: `key "1" (keydown time stamp) to the frame committed after the new mark is in the DOM, with ${HIGHLIGHTS.toLocaleString('en-US')}+ highlights shown`,
        },
        {
          name: '  createHighlights request',
          value: of(created, (t) => fetchMs(t.createHighlights)),
          unit: 'ms',
          reference: { label: 'takeNotices request', value: of(trivial, (t) => t.request) },
        },
        {
          name: '  response → new mark in DOM (JSON, React)',
          value: of(created, (t) => (t.createHighlights ? t.inDom - t.createHighlights.end : NaN)),
          unit: 'ms',
        },
        {
          name: '  new mark in DOM → frame committed',
          value: of(created, (t) => t.painted - t.inDom),
          unit: 'ms',
        },
      ]
      return rows.filter((row) => Number.isFinite(row.value) && (!row.reference || Number.isFinite(row.reference.value)))
    } finally {
      await browser?.close()
      await Promise.all(servers.map((s) => s.stop()))
    }
  },
}
