import { readFile } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Handlers } from '../../src/backend/handlers'
import { createHandlers } from '../../src/backend/handlers'
import { BEACON, XSS_PAYLOADS } from '../hardening/abuse/xss-payloads'
import { recordFigures } from '../hardening/figures'
import { SEED_IDS, startApp, type RunningApp } from './support/app'
import { launchChromium, newPage, screenshot } from './support/browser'
import { armPage, type HostileProbe } from './support/hostile'
import { closeImportReport, importThroughPicker, type PickedFile } from './support/import'

/**
 * Hostile content everywhere a user's content reaches the screen: entity names, aliases and
 * descriptions, highlight comments, note titles, note text and note links, and HTML pasted into the
 * note editor. In real Chromium, through browser mode: 0 executions, 0 CSP violations (nothing even
 * tried), 0 requests off the app's origin, no injected element.
 */
let browser: Browser
let app: RunningApp
let page: Page
let probe: HostileProbe
let api: Handlers
const tally = { payloads: XSS_PAYLOADS.length, stored: 0, refused: 0, viewsChecked: 0, offDocumentReports: 0 }

const doc = (...content: unknown[]): unknown => ({ type: 'doc', content })
const paragraph = (...content: unknown[]): unknown => ({ type: 'paragraph', content })
const text = (t: string, marks?: unknown[]): unknown => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t })

async function storeHostileContent(): Promise<void> {
  const article = app.backend.article(SEED_IDS[0])
  const block = article?.blocks.find((b) => b.kind === 'paragraph')
  if (!article || !block) throw new Error('seed article missing')
  for (const [i, payload] of XSS_PAYLOADS.entries()) {
    const bounded = payload.slice(0, 300)
    const results = [
      await api.createEntity([{ type: 'person', nameAr: `${bounded} ${i}`, nameLatin: bounded, aliases: [bounded], description: payload }]),
      await api.createHighlights([{ articleId: article.id, start: block.start + (i % 20) * 3, end: block.start + (i % 20) * 3 + 2, color: 'yellow', comment: payload }]),
      await api.createNote([
        {
          title: bounded,
          body: doc(paragraph(text(payload)), paragraph(text('رابط', [{ type: 'link', attrs: { href: payload } }])), { type: 'heading', attrs: { level: 2 }, content: [text(payload)] }),
          attachments: [],
        },
      ]),
    ]
    for (const r of results) {
      if (r.ok) tally.stored++
      else tally.refused++
    }
  }
}

/**
 * Nothing ran, nothing loaded, no element of the payloads is in the page, and the app's own DOM never
 * even tested the CSP: no markup ever reached it as HTML. Each check sees only what happened since
 * the previous one, so a view is judged on its own.
 *
 * Pasting hands ProseMirror the clipboard's HTML, which it parses into a document apart from the
 * page and reduces to the note schema. Chromium checks that markup's inline handlers and styles
 * against the page's CSP while parsing (156 reports `script-src-attr`, older builds only
 * `style-src-*`): blocked, in a document that is never shown. Those reports are allowed where a view
 * parsed clipboard HTML, and only when the browser attributes them to that other document; a
 * violation raised by an element of the page fails every view.
 */
async function expectClean(view: string, options: { parsedClipboardHtml?: boolean } = {}): Promise<void> {
  tally.viewsChecked++
  const found = await probe.check(view)
  const offDocument = found.violations.filter((v) => v.source === 'off-document parse')
  const violations = options.parsedClipboardHtml ? found.violations.filter((v) => v.source === 'page') : found.violations
  expect({ ...found, violations }, view).toEqual({ executed: [], violations: [], foreignRequests: [], injected: [] })
  if (!options.parsedClipboardHtml) return
  // Each allowed report names the app code that parsed the markup and the payload it came from.
  for (const v of offDocument) {
    expect(v.parsedBy, view).toContain('/assets/')
    expect(v.sample !== '' && PASTED_HTML.includes(v.sample), `${view}: ${v.sample}`).toBe(true)
  }
  tally.offDocumentReports += offDocument.length
}

/** Imports files through the page's file picker; returns the report's count of imported files. */
async function importFiles(files: PickedFile[]): Promise<string | null> {
  await importThroughPicker(page, files)
  const imported = await page.getAttribute('.import-summary', 'data-imported')
  await closeImportReport(page)
  return imported
}

/** Escape closes a dialog (a search box may take one Escape to clear itself first). */
async function closeDialog(selector: string): Promise<void> {
  await expect
    .poll(async () => {
      if ((await page.locator(selector).count()) > 0) await page.keyboard.press('Escape')
      return page.locator(selector).count()
    })
    .toBe(0)
}

async function openImported(id: string): Promise<void> {
  await page.click(`.library-button[data-article-id="${id}"]`)
  await page.waitForSelector(`article[data-article-id="${id}"] .article-body .block`)
}

/** What the paste test puts on the clipboard as HTML. */
const PASTED_HTML = XSS_PAYLOADS.join('\n<p>')

/** A right-to-left override around digits: shown raw, "1234" would read "4321". */
const TROJAN_LINE = 'قال المتحدث إن الرقم الصحيح هو \u202E1234\u202C وليس غيره.'

const PARAGRAPH = 'أعلنت الشركة عن مختبر جديد للذكاء الاصطناعي، وقال المتحدث باسمها إن الفريق سيضم باحثين من جامعات عدة، وإن العمل سيبدأ في الربيع المقبل بعد اكتمال التمويل. '

/** The payloads as a saved web page: raw markup in the article, in the head, and hidden decoys. */
const hostileHtml = (): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>صفحة معادية</title><script>__xss(900)</script>` +
  `<style>@import '${BEACON}/head.css';</style><link rel="stylesheet" href="${BEACON}/link.css"></head>` +
  `<body onload="__xss(901)"><article><h1>صفحة معادية</h1><p>${PARAGRAPH.repeat(4)}</p>` +
  XSS_PAYLOADS.map((p) => `<p>${PARAGRAPH}</p>${p}`).join('\n') +
  `</article></body></html>`

beforeAll(async () => {
  browser = await launchChromium()
  app = await startApp()
  api = createHandlers(app.backend)
  await storeHostileContent()
  page = await newPage(browser)
  probe = await armPage(page, new URL(app.url).origin)
  await page.goto(app.url)
  await page.waitForSelector('.article-body .block')
  await expectClean('start-up')
})

afterAll(async () => {
  recordFigures('hostile-content-e2e', { ...tally, executed: 0, foreignRequests: 0 })
  await browser?.close()
  await app?.dispose()
})

describe('hostile content in the real renderer (Chromium, browser mode)', () => {
  it('stores the payloads as plain data (most are accepted: they are only text)', () => {
    expect(tally.stored + tally.refused).toBe(XSS_PAYLOADS.length * 3)
    expect(tally.stored).toBeGreaterThan(XSS_PAYLOADS.length * 2)
  })

  it('reads the article with hostile highlight comments and its side panel: nothing runs, loads or gets in', async () => {
    // The panel is open beside the article from the start.
    await page.waitForSelector('.highlights-panel .highlight-comment')
    await expectClean('reader with highlights panel')
    // The payload is on screen as text, exactly.
    expect(await page.locator('.highlights-panel').innerText()).toContain('<script>__xss(1)</script>')
    await screenshot(page, 'hostile-highlights')
  })

  it('lists every highlight with its hostile comment', async () => {
    await page.click('[data-action="all-highlights"]')
    await page.waitForSelector('.all-highlights .highlight-comment')
    await expectClean('all highlights')
  })

  it('lists hostile entities and opens their pages', async () => {
    await page.click('[data-action="entities"]')
    await page.waitForSelector('.entity-row')
    await expectClean('entities list')
    await screenshot(page, 'hostile-entities')
    const rows = page.locator('.entity-row')
    for (const i of [0, 5, 10, 20, 30]) {
      const row = rows.filter({ hasText: '__xss' }).nth(i)
      if ((await row.count()) === 0) continue
      await row.click()
      await page.waitForSelector('.entity-page, .entity-page-view, main.reader h1')
      await expectClean(`entity page ${i}`)
      await page.click('[data-action="entities"]')
      await page.waitForSelector('.entity-row')
    }
  })

  it('opens hostile notes in the editor: text stays text, hostile links are not links', async () => {
    await page.click('[data-action="notes"]')
    await page.waitForSelector('.note-item')
    const items = page.locator('.note-item')
    const count = await items.count()
    expect(count).toBeGreaterThan(XSS_PAYLOADS.length / 2)
    for (let i = 0; i < count; i += 3) {
      await items.nth(i).click()
      await page.waitForSelector('.note-editor .note-body')
      await expectClean(`note ${i}`)
    }
    await screenshot(page, 'hostile-note')
  })

  it('pastes every payload as HTML into a new note: nothing runs, nothing foreign is kept', async () => {
    await page.click('[data-action="new-note"]')
    await page.waitForSelector('.note-editor .note-body[contenteditable="true"]')
    await page.locator('.note-body').click()
    await page.evaluate((html) => {
      const data = new DataTransfer()
      data.setData('text/html', html)
      data.setData('text/plain', 'fallback')
      document.querySelector('.note-body')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    }, PASTED_HTML)
    // The paste landed: the Markdown-looking payloads are there as plain text.
    await expect.poll(() => page.locator('.note-body').innerText()).toContain('[click me](javascript:')
    await expectClean('note after paste', { parsedClipboardHtml: true })
    // And reloaded from disk, the pasted note is still inert.
    await page.waitForSelector('.save-status[data-state="saved"]') // autosaved, however slow the machine
    await page.reload()
    await page.waitForSelector('.article-body .block, .notes-view')
    await page.click('[data-action="notes"]')
    await page.locator('.note-item').first().click()
    await page.waitForSelector('.note-editor .note-body')
    await expectClean('the pasted note, reopened from disk')
    await screenshot(page, 'hostile-paste')
  })

  it('imports the payloads as .txt, .md and a saved .html page; each article opens as inert text', async () => {
    await page.click('[data-action="back-to-reading"]').catch(() => {})
    const lines = XSS_PAYLOADS.map((p) => `${PARAGRAPH}${p}`).join('\n\n')
    const imported = await importFiles([
      { name: 'hostile-txt.txt', mimeType: 'text/plain', buffer: Buffer.from(`تقرير معادٍ\n\n${TROJAN_LINE}\n\n${lines}\n`) },
      { name: 'hostile-md.md', mimeType: 'text/markdown', buffer: Buffer.from(`# تقرير معادٍ\n\n${lines}\n`) },
      { name: 'hostile-page.html', mimeType: 'text/html', buffer: Buffer.from(hostileHtml()) },
    ])
    expect(imported).toBe('3')
    for (const id of ['hostile-txt', 'hostile-md', 'hostile-page']) {
      await openImported(id)
      await expectClean(`imported ${id}`)
    }
    await screenshot(page, 'hostile-imported-page')
  })

  it('does not let a bidi override in imported text reorder what the reader shows (Trojan Source)', async () => {
    await openImported('hostile-txt')
    // The override is still in the text, but it reaches nothing: 1234 reads 1234, left to right.
    const lefts = await page.evaluate(() => {
      const body = document.querySelector('article[data-article-id="hostile-txt"] .article-body') as HTMLElement
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf('1234') ?? -1
        if (at < 0) continue
        return [0, 1, 2, 3].map((i) => {
          const range = document.createRange()
          range.setStart(node, at + i)
          range.setEnd(node, at + i + 1)
          return range.getBoundingClientRect().left
        })
      }
      return []
    })
    expect(lefts).toHaveLength(4)
    expect([...lefts].sort((a, b) => a - b)).toEqual(lefts)
  })

  it('searches the hostile articles: snippets are text, marks are the app\'s own', async () => {
    await page.keyboard.press('Control+k')
    await page.waitForSelector('dialog.search-dialog[open] .search-input')
    try {
      await page.keyboard.type('onerror')
      await expect.poll(() => page.locator('.search-hit').count(), { timeout: 10_000 }).toBeGreaterThan(0)
      await expectClean('search results')
    } finally {
      await closeDialog('dialog.search-dialog[open]') // a failure here must not leave the next views behind the dialog
    }
  })

  let exported = ''
  it('exports everything: the preview renders the payloads as text, the Markdown carries no live markup', async () => {
    await page.click('[data-action="export-briefing"]')
    await page.waitForSelector('.export-dialog[open]')
    await page.check('input[name="briefing-scope"][value="everything"]')
    // The per-article section quotes every highlight, tagged or not: the hostile comments come with them.
    await page.check('input[name="briefing-section"][value="articles"]')
    await page.waitForSelector('.briefing-preview blockquote')
    await expectClean('export preview')
    await screenshot(page, 'hostile-export-preview')
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="save-briefing"]')])
    exported = await readFile((await download.path()) as string, 'utf8')
    expect(exported).toContain('\\_\\_xss(')
    // Payloads appear only escaped ("\\<script\\>"): no unescaped tag of theirs survives in the Markdown.
    expect(exported).not.toMatch(/(?<!\\)<(script|img|svg|iframe|object|embed|style|form|math|details|base|meta|link|video)\b/i)
    await closeDialog('.export-dialog[open]')
  })

  it('re-imports the exported briefing: still inert', async () => {
    expect(await importFiles([{ name: 'hostile-briefing.md', mimeType: 'text/markdown', buffer: Buffer.from(exported) }])).toBe('1')
    await openImported('hostile-briefing')
    await expectClean('re-imported briefing')
    // Read as Markdown: its heading is the title, its direction wrappers are not text to read.
    expect(await page.locator('.library-button[data-article-id="hostile-briefing"] .library-title').textContent()).toBe('إحاطة شاملة')
    expect(await page.locator('article[data-article-id="hostile-briefing"] .article-body').innerText()).not.toContain('<div dir=')
  })

  it('tells a violation raised by the page from one raised parsing markup off the page, and traces each to its source', async () => {
    await expectClean('before the probe check')
    await page.evaluate(() => {
      const off = document.implementation.createHTMLDocument('clipboard').createElement('div')
      off.innerHTML = '<img src="x" onerror="__probe(1)">'
      const live = document.createElement('div')
      live.hidden = true
      document.body.append(live)
      live.innerHTML = '<img src="x" onerror="__probe(2)">'
      live.remove()
    })
    await expect.poll(async () => (await page.evaluate(() => (window as unknown as { __violations: unknown[] }).__violations.length))).toBe(2)
    const { violations } = await probe.check('probe check')
    const bySource = Object.fromEntries(violations.map((v) => [v.source, v]))
    expect(bySource['off-document parse']).toMatchObject({ directive: 'script-src-attr', sample: expect.stringContaining('__probe(1)'), view: 'probe check', parsedBy: expect.stringMatching(/:3:\d+\)$/) })
    expect(bySource['page']).toMatchObject({ directive: 'script-src-attr', sample: expect.stringContaining('__probe(2)'), view: 'probe check', parsedBy: expect.stringMatching(/:7:\d+\)$/) })
    // The next view starts clean.
    expect((await probe.check('after the probe check')).violations).toEqual([])
  })

  it('never asked for the beacon', async () => {
    expect(probe.allForeignRequests().filter((u) => u.startsWith(BEACON))).toEqual([])
  })
})
