import type { Article } from '../core/corpus/types'

/**
 * `--smoke-test`: the installed app proves it works end to end — its window opens, the backend
 * loads the packaged seeds, the page paints the first article — then exits 0; anything else exits 1
 * with the reason on stderr. CI runs it on each platform's package (under a virtual display on
 * Linux). It runs over a fresh temporary profile, so it neither touches nor waits for the user's
 * own Daftar, and it registers nothing with the OS.
 */
export const SMOKE_TEST_FLAG = '--smoke-test'

export const smokeTestRequested = (argv: readonly string[]): boolean => argv.includes(SMOKE_TEST_FLAG)

/** DAFTAR_SMOKE_TIMEOUT (seconds) when it is a positive number, else a minute: ample for a cold start on a slow runner. */
export function smokeTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env['DAFTAR_SMOKE_TIMEOUT'])
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 60_000
}

/** One body block of the article as the page shows it: its offsets, its text and its height on screen. */
export interface PaintedBlock {
  start: number
  end: number
  text: string
  height: number
}

/**
 * Runs in the page through executeJavaScript (which the page's CSP does not govern, and which needs
 * nothing from the preload): after the next frame, the body blocks of the article with `articleId`,
 * or null while that article is not on screen.
 */
export function probeScript(articleId: string): string {
  return `new Promise((resolve) => requestAnimationFrame(() => {
  const article = [...document.querySelectorAll('article[data-article-id]')].find((el) => el.dataset.articleId === ${JSON.stringify(articleId)})
  const blocks = article ? [...article.querySelectorAll('.article-body .block[data-start]')] : null
  resolve(blocks && blocks.map((el) => ({ start: Number(el.dataset.start), end: Number(el.dataset.end), text: el.textContent, height: el.getBoundingClientRect().height })))
}))`
}

const isPaintedBlock = (value: unknown): value is PaintedBlock => {
  if (typeof value !== 'object' || value === null) return false
  const { start, end, text, height } = value as Record<string, unknown>
  return Number.isInteger(start) && Number.isInteger(end) && typeof text === 'string' && typeof height === 'number'
}

/**
 * Whether what the probe saw is the article painted: its body is there, every block holds exactly
 * the article's text at its offsets, and some text takes room on screen.
 */
export function judgeProbe(article: Pick<Article, 'text'>, seen: unknown): { painted: true } | { painted: false; why: string } {
  if (seen === null || seen === undefined) return { painted: false, why: 'the article is not on screen' }
  if (!Array.isArray(seen) || !seen.every(isPaintedBlock)) return { painted: false, why: 'the page answered something unexpected' }
  if (seen.length === 0) return { painted: false, why: 'the article has no body blocks on screen' }
  const wrong = seen.find((block) => block.text !== article.text.slice(block.start, block.end))
  if (wrong) return { painted: false, why: `the block at ${wrong.start}–${wrong.end} does not show the article's text` }
  if (!seen.some((block) => block.text.trim().length > 0 && block.height > 0)) return { painted: false, why: 'no text takes room on screen' }
  return { painted: true }
}

/** The parts of a webContents the smoke test uses. */
export interface SmokePage {
  on(event: 'did-fail-load', listener: (event: unknown, code: number, description: string, url: string, isMainFrame: boolean) => void): unknown
  on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string }) => void): unknown
  once(event: 'did-finish-load', listener: () => void): unknown
  executeJavaScript(code: string): Promise<unknown>
}

export interface SmokeOptions {
  timeoutMs: number
  /** Ends the app with this status (after releasing what it holds). */
  exit: (code: 0 | 1) => Promise<void> | void
  out?: (line: string) => void
  err?: (line: string) => void
  pollMs?: number
}

/** Chromium reports an aborted navigation as a failed load; that is not a failure of the page. */
const ABORTED = -3

/** One run: a deadline from the start, one verdict, one exit. */
export class SmokeTest {
  private finished = false
  private readonly started = Date.now()
  private readonly timer: ReturnType<typeof setTimeout>
  /** What the last look at the page found, for the message if time runs out. */
  private lastSeen = 'the page never finished loading'

  constructor(private readonly options: SmokeOptions) {
    const seconds = options.timeoutMs / 1000
    this.timer = setTimeout(() => void this.fail(`the first article was not painted within ${seconds} s (last seen: ${this.lastSeen})`), options.timeoutMs)
  }

  get done(): boolean {
    return this.finished
  }

  fail(reason: string): Promise<void> {
    return this.finish(1, `Daftar smoke test FAILED: ${reason}`)
  }

  /** Watches `page` from its load until `article` is painted, or until something fails. */
  watch(page: SmokePage, article: Article | undefined): void {
    if (!article) {
      void this.fail('no article was loaded: the library is empty (are the seeds packaged beside the app?)')
      return
    }
    page.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
      if (isMainFrame && code !== ABORTED) void this.fail(`the page did not load: ${description} (${code}) at ${url}`)
    })
    page.on('render-process-gone', (_event, details) => void this.fail(`the page's process ended (${details.reason})`))
    page.once('did-finish-load', () => void this.poll(page, article))
  }

  private async poll(page: SmokePage, article: Article): Promise<void> {
    this.lastSeen = 'nothing yet'
    while (!this.finished) {
      try {
        const verdict = judgeProbe(article, await page.executeJavaScript(probeScript(article.id)))
        if (verdict.painted) {
          await this.finish(0, `Daftar smoke test passed: "${article.meta.title}" (${article.id}) painted ${Date.now() - this.started} ms after start.`)
          return
        }
        if (verdict.why !== this.lastSeen) (this.options.out ?? console.log)(`Daftar smoke test: waiting — ${verdict.why}`)
        this.lastSeen = verdict.why
      } catch (error) {
        await this.fail(`the page could not be read: ${String(error)}`)
        return
      }
      await new Promise((resolve) => setTimeout(resolve, this.options.pollMs ?? 250))
    }
  }

  private async finish(code: 0 | 1, line: string): Promise<void> {
    if (this.finished) return
    this.finished = true
    clearTimeout(this.timer)
    if (code === 0) (this.options.out ?? console.log)(line)
    else (this.options.err ?? console.error)(line)
    await this.options.exit(code)
  }
}
