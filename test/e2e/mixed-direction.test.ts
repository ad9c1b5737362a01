import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { screenshot } from './support/browser'
import { closeImportReport, importThroughPicker } from './support/import'
import { locate, selectPhrase, showPhrase } from './support/select'
import { useAppSession } from './support/session'

const ARTICLE = 'mixed-english-quotes'

// English sentences quoted inside Arabic, with the commas, full stops, brackets and digits that
// used to cut them into pieces laid out right to left.
const QUOTE_1 =
  '"We respect the regulator, but we disagree with its reasoning. Our customers, large and small, chose our products freely in 2024. We will appeal the decision."'
const QUOTE_2 =
  '"The rules are clear, the facts are clear, and the fine is fair. Competition must stay open for everyone, not only for Meta and the largest firms."'
const NAME = '(Acme Robotics Ltd., NASDAQ: ACME)'

const FIXTURE = [
  'شركة ناشئة تطعن في قرار الهيئة',
  '',
  `قالت المتحدثة باسم الشركة ${NAME} في بيان رسمي: ${QUOTE_1} ثم أضافت أن الشركة ستواصل عملها كالمعتاد.`,
  '',
  `وردّ رئيس الهيئة بقوله: ${QUOTE_2} وأشار إلى أن الغرامة تبلغ ٣٫٢ مليار دولار (3.2bn USD) تُدفع خلال ٩٠ يوما.`,
  '',
].join('\n')

const session = useAppSession()

interface WordBox {
  word: string
  left: number
  right: number
  top: number
  bottom: number
  /** The text of the innermost <bdi> holding the word, or null when it is in no isolate. */
  isolate: string | null
}

/** A Latin word with the punctuation inside it ("Ltd.," → "Ltd"; "NASDAQ:" → "NASDAQ"). */
const LATIN_WORD = String.raw`[A-Za-z0-9](?:[A-Za-z0-9'.,:]*[A-Za-z0-9])?`

/** Screen boxes of the words of `phrase` (its first occurrence in `root`, the article by default), in reading order. */
async function wordBoxes(page: Page, phrase: string, word = LATIN_WORD, root = 'article'): Promise<WordBox[]> {
  const found = await locate(page, phrase, root)
  const boxes = await page.evaluate(
    ([{ at, point }, needle, pattern]) =>
      [...needle.matchAll(new RegExp(pattern, 'gu'))].map((m) => {
        const range = document.createRange()
        const [startNode, startOffset] = point(at + m.index, 'character')
        range.setStart(startNode, startOffset)
        range.setEnd(...point(at + m.index + m[0].length, 'boundary'))
        const box = range.getBoundingClientRect()
        const isolate = startNode.parentElement?.closest('bdi')?.textContent ?? null
        return { word: m[0], left: box.left, right: box.right, top: box.top, bottom: box.bottom, isolate }
      }),
    [found, phrase, word] as const,
  )
  await found.dispose()
  return boxes
}

/** Words in reading order, grouped into the screen lines they sit on (a new line starts below the last). */
function lines(words: WordBox[]): WordBox[][] {
  const grouped: WordBox[][] = []
  for (const word of words) {
    const line = grouped.at(-1)
    const last = line?.at(-1)
    const middle = (word.top + word.bottom) / 2
    if (line && last && middle > last.top && middle < last.bottom) line.push(word)
    else grouped.push([word])
  }
  return grouped
}

/** Each line's words from left to right on screen, and the lines from top to bottom. */
function asShown(grouped: WordBox[][]): { leftToRight: string[][]; topToBottom: boolean } {
  return {
    leftToRight: grouped.map((line) => [...line].sort((a, b) => a.left - b.left).map((w) => w.word)),
    topToBottom: grouped.every(
      (line, i) => i === 0 || (line[0] as WordBox).top >= ((grouped[i - 1] as WordBox[])[0] as WordBox).bottom - 1,
    ),
  }
}

describe('English inside Arabic, in Chromium', () => {
  it('lays out each quoted English sentence left to right, in one isolate, inside right-to-left Arabic', async () => {
    const { page } = session
    await importThroughPicker(page, [{ name: `${ARTICLE}.txt`, mimeType: 'text/plain', buffer: Buffer.from(FIXTURE, 'utf8') }])
    expect(await page.getAttribute('.import-summary', 'data-imported')).toBe('1')
    await closeImportReport(page)
    await page.click(`.library-button[data-article-id="${ARTICLE}"]`)
    await page.waitForSelector(`article[data-article-id="${ARTICLE}"] .article-body .block`)
    await page.evaluate(() => document.fonts.ready)

    for (const phrase of [QUOTE_1, QUOTE_2, NAME]) {
      const words = await wordBoxes(page, phrase)
      const grouped = lines(words)
      // Within a line the words read left to right in the order they are written; lines go down.
      expect(asShown(grouped)).toEqual({ leftToRight: grouped.map((line) => line.map((w) => w.word)), topToBottom: true })
      // One isolate holds the whole quote, brackets and quotation marks included.
      expect(new Set(words.map((w) => w.isolate))).toEqual(new Set([phrase]))
    }
    // The long quotes wrap: the check above covered more than one line of each.
    expect(lines(await wordBoxes(page, QUOTE_1)).length).toBeGreaterThan(1)

    // Around the isolate the Arabic still reads right to left: the word before the quote is on a
    // line above it or to its right, the word after it on a line below or to its left.
    const quote = lines(await wordBoxes(page, QUOTE_1))
    const [before] = await wordBoxes(page, 'بيان رسمي', 'رسمي')
    const [after] = await wordBoxes(page, 'ثم أضافت', 'ثم')
    const first = quote[0] as WordBox[]
    const last = quote.at(-1) as WordBox[]
    expect(before && (before.bottom <= (first[0] as WordBox).top + 1 || before.left >= Math.max(...first.map((w) => w.right)) - 1)).toBe(
      true,
    )
    expect(after && (after.top >= (last[0] as WordBox).bottom - 1 || after.right <= Math.min(...last.map((w) => w.left)) + 1)).toBe(true)

    await showPhrase(page, QUOTE_1)
    await screenshot(page, 'mixed-english-quotes')
  })

  it('highlights a phrase running from the Arabic into an English quote without breaking the quote', async () => {
    const { page } = session
    const crossing = `في بيان رسمي: ${QUOTE_1.slice(0, 30)}`
    await selectPhrase(page, crossing)
    await page.waitForSelector('.selection-toolbar')
    await page.keyboard.press('1')
    await page.waitForSelector('article mark.hl-yellow')
    await expect.poll(() => page.$$eval('article mark.hl', (marks) => marks.map((m) => m.textContent).join(''))).toBe(crossing)
    // The quote is still one isolate holding its own part of the highlight, in reading order.
    const words = await wordBoxes(page, QUOTE_1)
    expect(new Set(words.map((w) => w.isolate))).toEqual(new Set([QUOTE_1]))
    const grouped = lines(words)
    expect(asShown(grouped).leftToRight).toEqual(grouped.map((line) => line.map((w) => w.word)))
  })

  it("shows a mention inside an English quote on the entity page with the quote's words in order", async () => {
    const { page } = session
    await page.locator(`article[data-article-id="${ARTICLE}"] .ent[data-entity-id="meta"]`).first().hover()
    await page.waitForSelector('.entity-card')
    await page.locator('.entity-card button', { hasText: 'افتح صفحة الكيان' }).click()
    await page.waitForSelector('.entity-page .concordance li')
    const line = page.locator('.entity-page .concordance li', { hasText: 'largest firms' })
    await line.scrollIntoViewIfNeeded()
    await line.evaluate((el) => el.setAttribute('data-test-line', ''))
    const context = 'everyone, not only for Meta and the largest firms'
    const words = await wordBoxes(page, context, LATIN_WORD, '[data-test-line]')
    const grouped = lines(words)
    expect(asShown(grouped).leftToRight).toEqual(grouped.map((l) => l.map((w) => w.word)))
    expect([...new Set(words.map((w) => w.isolate))]).toEqual([expect.stringContaining(context)])
    expect(await line.locator('mark.kwic-match').textContent()).toBe('Meta')
    await screenshot(page, 'mixed-english-quotes-entity-page')
  })
})
