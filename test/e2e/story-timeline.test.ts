import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { screenshot } from './support/browser'
import { closeImportReport, importThroughPicker } from './support/import'
import { useAppSession } from './support/session'

/**
 * A saved page with a publication date (its metadata), beside the five seeds (which have none): its
 * relative dates are placed on the line, the seeds' own stay apart as "article date unknown".
 */
const DATED_ID = 'dated-news'
const DATED_PAGE = `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>ميتا تعيد ترتيب مختبراتها</title>
<meta property="article:published_time" content="2018-06-13T09:00:00Z">
</head><body><article>
<h1>ميتا تعيد ترتيب مختبراتها</h1>
<p>أعلنت ميتا الشهر الماضي أنها ستنقل فريقًا من مهندسيها إلى مختبر جديد، في خطوة وصفها محللون بأنها رد على منافسة OpenAI المتزايدة في سوق النماذج الكبيرة.</p>
<p>وقال مارك زوكربيرغ في رسالة داخلية أُرسلت يوم الإثنين إن العمل سيبدأ رسميًا في 10 حزيران 2019، وإن الفريق سيضم باحثين من Scale AI بعد الاستثمار الأخير.</p>
<p>ولم تكشف الشركة عن عدد المنضمين، لكنها أشارت إلى أن المختبر سيعمل من مقرها الرئيسي في كاليفورنيا إلى جانب فرق البحث الأخرى التي تعمل هناك منذ سنوات طويلة.</p>
</article></body></html>
`

const session = useAppSession()
let page: Page
beforeAll(() => {
  page = session.page
})

async function openTimeline(): Promise<void> {
  await page.click('[data-action="story"]')
  await page.click('[data-tab="timeline"]')
  await page.waitForSelector('.timeline ol.timeline-items > li.timeline-item')
}

const headings = (level: 'h3' | 'h4'): Promise<string[]> => page.locator(`.timeline-line ${level}`).allTextContents()
const count = (): Promise<string> => page.locator('.timeline-count').innerText()

describe('the story’s timeline', () => {
  it('lays the dated statements on a line right to left, by year and month, the undatable ones apart', async () => {
    await importThroughPicker(page, [{ name: `${DATED_ID}.html`, mimeType: 'text/html', buffer: Buffer.from(DATED_PAGE) }])
    await closeImportReport(page)
    await openTimeline()
    const timeline = page.locator('.timeline')
    expect(await timeline.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')
    // The line is on the right in Arabic (the border on the inline start).
    expect(
      await page
        .locator('.timeline-items')
        .first()
        .evaluate((el) => getComputedStyle(el).borderRightWidth),
    ).toBe('2px')

    const years = await headings('h3')
    expect(years.slice(0, 4)).toEqual(['2018', '2019', '2022', '2023'])
    expect(years.slice(-2)).toEqual(['السنة غير مذكورة', 'تاريخ المقال غير معروف'])
    expect((await headings('h4')).slice(0, 3)).toEqual(['مايو 2018', 'يونيو 2018', 'يونيو 2019'])

    // "الشهر الماضي" in a page of 13 June 2018: May 2018, said to be counted from the article's date; the expression is marked in its sentence.
    const first = page.locator('.timeline-item').first()
    expect(await first.locator('.timeline-mark').innerText()).toBe('الشهر الماضي')
    expect(await first.locator('.timeline-quote').innerText()).toContain('أعلنت ميتا الشهر الماضي أنها ستنقل فريقًا')
    expect(await first.locator('time').innerText()).toBe('مايو 2018')
    expect(await first.locator('.timeline-relative').innerText()).toBe('محسوب من تاريخ المقال')
    expect(await first.locator('.timeline-source').innerText()).toBe('ميتا تعيد ترتيب مختبراتها')
    // "يوم الإثنين" → Monday 11 June 2018, the latest Monday on or before the 13th.
    const monday = page.locator('.timeline-item', { has: page.locator('.timeline-mark', { hasText: 'يوم الإثنين' }) })
    expect(await monday.locator('time').getAttribute('datetime')).toBe('2018-06-11')
    // A seed's "يونيو الماضي" (no article date) is listed as written, under "article date unknown".
    const unknown = page.locator('.timeline-date-unknown .timeline-item', {
      has: page.locator('.timeline-mark', { hasText: 'يونيو الماضي' }),
    })
    expect(await unknown.count()).toBeGreaterThan(0)
    expect(await unknown.first().locator('.timeline-date').innerText()).toBe('يونيو الماضي')

    await page.evaluate(() => document.fonts.ready)
    await screenshot(page, 'story-timeline')
  })

  it('filters by text and focuses on an entity from its chip', async () => {
    const all = await count()
    // One sentence, two dates: both are its statements.
    await page.fill('.timeline-filter', 'حزيران')
    await expect.poll(() => page.locator('.timeline-item').count()).toBe(2)
    expect(await page.locator('.timeline-mark').allTextContents()).toEqual(['يوم الإثنين', '10 حزيران 2019'])
    await page.fill('.timeline-filter', 'المتزايدة')
    await expect.poll(() => page.locator('.timeline-item').count()).toBe(1)
    expect(await count()).toBe('عبارة مؤرخة واحدة')
    await page.fill('.timeline-filter', '')
    await expect.poll(count).toBe(all)

    const chip = page.locator('.timeline-item').first().locator('.chip[data-entity-id="meta"]')
    expect(await chip.getAttribute('aria-label')).toBe('اعرض الخط الزمني لـميتا')
    await chip.click()
    await page.waitForSelector('.story-focus')
    await expect.poll(async () => (await page.locator('.timeline-item').count()) > 0 && (await count()) !== all).toBe(true)
    const items = page.locator('.timeline-item')
    for (let i = 0; i < (await items.count()); i++) expect(await items.nth(i).locator('.chip[data-entity-id="meta"]').count()).toBe(1)
    expect(await page.locator('.chip[data-entity-id="meta"]').first().getAttribute('aria-pressed')).toBe('true')
    await page.click('[data-action="story-everything"]')
    await expect.poll(count).toBe(all)
  })

  it('opens the article at the statement from the keyboard', async () => {
    const quote = page
      .locator('.timeline-item', { has: page.locator('.timeline-mark', { hasText: '10 حزيران 2019' }) })
      .locator('.timeline-quote')
    await quote.focus()
    await page.keyboard.press('Enter')
    await page.waitForSelector(`article[data-article-id="${DATED_ID}"] .article-body .block`)
    await expect.poll(() => page.evaluate(() => document.getSelection()?.toString() ?? '')).toContain('10 حزيران 2019')
  })

  it('speaks English with English month names, left to right', async () => {
    await page.click('[data-action="settings"]')
    await page.selectOption('select[name="locale"]', 'en')
    await page.keyboard.press('Escape')
    await openTimeline()
    expect(await page.locator('.timeline').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr')
    expect((await headings('h4')).slice(0, 3)).toEqual(['May 2018', 'June 2018', 'June 2019'])
    expect((await headings('h3')).slice(-2)).toEqual(['Year not stated', 'Article date unknown'])
    expect(await page.locator('.timeline-item').first().locator('.timeline-relative').innerText()).toBe('counted from the article’s date')
    await page.evaluate(() => document.fonts.ready)
    await screenshot(page, 'story-timeline-en')
    await page.click('[data-action="settings"]')
    await page.selectOption('select[name="locale"]', 'ar')
    await page.keyboard.press('Escape')
  })
})
