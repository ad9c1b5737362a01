import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { callApi, launchBenchChromium } from './bench-browser'
import { builtRendererCopy } from './ensure-build'
import type { Row, Section } from './section'
import { median } from './stats'
import { arabicWords } from '../support/arabic-paragraph'
import { startWebServerProcess } from '../support/web-server-process'
import type { Library } from '../../src/shared/api'

const LOADS = 3
const GOAL_MS = 1000
const SIZES = [
  { label: '1 MiB', bytes: 1024 * 1024 },
  { label: '4 MiB', bytes: 4 * 1024 * 1024 - 4096 },
] as const

/** A title line and one paragraph of Arabic words (a sentence every 17 words) filling `bytes` of UTF-8. */
function oneParagraph(bytes: number): { file: string; paragraph: string } {
  // 100 bytes are left for the title line.
  const paragraph = arabicWords(bytes - 100).join(' ')
  return { file: `مقال طويل من فقرة واحدة\n\n${paragraph}\n`, paragraph }
}

/**
 * The reference: the same text as static HTML with the app's stylesheet, already cut into
 * 2,000-character paragraphs (one giant <p> is what takes Chromium minutes), no script.
 */
async function writeReference(rendererDir: string, name: string, paragraph: string): Promise<string> {
  const parts: string[] = []
  for (let i = 0; i < paragraph.length; i += 2000) parts.push(`<p class="block block-paragraph">${paragraph.slice(i, i + 2000)}</p>`)
  const html = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><link rel="stylesheet" href="./bench-huge.css"></head>
<body><main class="reader"><article class="article" dir="rtl" lang="ar"><div class="article-body">${parts.join('')}</div></article></main></body></html>`
  await writeFile(
    join(rendererDir, 'bench-huge.css'),
    ".reader { font-family: 'Noto Naskh Arabic', serif; font-size: 20px; line-height: 1.9; }\n",
  )
  await writeFile(join(rendererDir, name), html)
  return `/${name}`
}

/** Waits until the article's first paragraph is laid out (its box measured) and the next frame is committed; ms since `from`. */
async function paintedAfter(page: Page, from: number): Promise<number> {
  await page.waitForFunction(
    () => (document.querySelector('.article-body .block-paragraph')?.getBoundingClientRect().height ?? 0) > 0,
    undefined,
    {
      timeout: 300_000,
      polling: 20,
    },
  )
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))))
  return performance.now() - from
}

/**
 * Open and paint a one-paragraph article of 1 MiB and 4 MiB in browser mode (the built server,
 * real Chromium): from the click on its library row to its paragraph laid out and painted.
 * Reference: the same text as static HTML in 2,000-character paragraphs, same server.
 */
export const hugeArticle: Section = {
  name: 'huge article',
  async run(ctx) {
    const { tmp, rendererDir } = await builtRendererCopy(ctx, 'huge article')
    const seeds = join(tmp, 'seeds')
    await mkdir(join(tmp, 'data'))
    await mkdir(seeds)
    const texts = SIZES.map((s) => ({ ...s, ...oneParagraph(s.bytes), name: `huge-${s.bytes}` }))
    for (const t of texts) await writeFile(join(seeds, `${t.name}.txt`), t.file)
    const server = await startWebServerProcess(ctx.root, { dataDir: join(tmp, 'data'), seedsDir: seeds, rendererDir })
    let browser: Browser | undefined
    try {
      const library = await callApi<Library>(server, 'listLibrary', [])
      browser = await launchBenchChromium()
      ctx.log(`huge article: Chromium ${browser.version()}, ${LOADS} opens each`)
      const rows: Row[] = []
      for (const t of texts) {
        const id = library.articles.find((a) => a.meta.sourceFile === `${t.name}.txt`)?.id
        if (!id) throw new Error(`${t.name} is not in the library`)
        const reference = new URL(await writeReference(rendererDir, `bench-${t.name}.html`, t.paragraph), server.url)
        reference.search = new URL(server.url).search
        const app: number[] = []
        const plain: number[] = []
        for (let i = 0; i < LOADS; i++) {
          const context = await browser.newContext()
          try {
            const page = await context.newPage()
            await page.goto(server.url)
            await page.waitForSelector(`.library-button[data-article-id="${id}"]`)
            const clicked = performance.now()
            await page.click(`.library-button[data-article-id="${id}"]`)
            await page.waitForSelector(`article[data-article-id="${id}"]`, { timeout: 300_000 })
            app.push(await paintedAfter(page, clicked))
            const started = performance.now()
            await page.goto(reference.href, { waitUntil: 'commit' })
            plain.push(await paintedAfter(page, started))
          } finally {
            await context.close()
          }
        }
        rows.push({
          name: `open and paint a ${t.label} one-paragraph article (click → painted), median of ${LOADS}`,
          value: median(app),
          unit: 'ms',
          reference: { label: 'static HTML of the text in 2,000-char paragraphs', value: median(plain) },
          goal: { max: GOAL_MS, source: 'issue 14: any accepted file opens and paints in ≤ 1 s' },
        })
      }
      return rows
    } finally {
      await browser?.close()
      await server.stop()
    }
  },
}
