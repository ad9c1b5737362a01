import { describe, expect, it } from 'vitest'
import { screenshot } from './support/browser'
import { openArticle, SEED_IDS } from './support/app'
import { useAppSession } from './support/session'

const session = useAppSession()

const CHROME_PHRASES = ['اترك تعليقاً', 'لن يتم نشر عنوان بريدك الإلكتروني', 'زر الذهاب إلى الأعلى', 'اذهب للمصدر', '8 hours ago 4']

describe('reading the seed corpus in browser mode', () => {
  it('lists the five seeds with sensible titles', async () => {
    const titles = await session.page.$$eval('.library-title', (els) => els.map((el) => el.firstChild?.textContent?.trim()))
    expect(titles).toEqual([
      'Meta’s Superintelligence Drive Sparks Internal Rifts and Talent Exodus',
      'كشفت تقارير صحفية عن بوادر توتر في العلاقة بين شركة ميتا وشركة Scale AI…',
      'سام ألتمان ينتقد Meta بسبب أساليب توظيف “مُزعجة” بعد استقالات موظفي OpenAI البارزين',
      'مارك زوكربيرغ يطلق “مختبرات الذكاء الفائق” في ميتا',
      'ميتا: إقالات وصفقات بمليارات بمعركة الذكاء الاصطناعي',
    ])
    const facts = await session.page.textContent('.library-button[data-article-id="003_5733bacec403bece"] .library-meta')
    expect(facts).toContain('003_5733bacec403bece.txt')
    expect(facts).toMatch(/\d+ كلمة/)
    expect(facts).toMatch(/\d+ دقائق قراءة/)
  })

  it.each(SEED_IDS)('opens %s right-to-left in Arabic, with no site chrome visible', async (id) => {
    await openArticle(session.page, id)
    const article = session.page.locator(`article[data-article-id="${id}"]`)
    expect(await article.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')
    expect(await article.getAttribute('lang')).toBe('ar')
    const paragraphDirection = await article.locator('.article-body p').first().evaluate((el) => getComputedStyle(el).direction)
    expect(paragraphDirection).toBe('rtl')
    const visible = await session.page.locator('main.reader').innerText()
    for (const phrase of CHROME_PHRASES) expect(visible).not.toContain(phrase)
    await session.page.evaluate(() => document.fonts.ready)
    await screenshot(session.page, `article-${id.slice(0, 3)}`)
  })

  it('isolates Latin names inside Arabic and keeps the DOM text equal to the article text', async () => {
    await openArticle(session.page, '003_5733bacec403bece')
    const bdis = await session.page.$$eval('article .article-body bdi', (els) => els.map((el) => [el.textContent, el.getAttribute('dir')]))
    expect(bdis).toContainEqual(['Scale AI', 'ltr'])
    expect(bdis).toContainEqual(['Google DeepMind', 'ltr'])
    expect(await session.page.locator('bdi', { hasText: 'Scale AI' }).first().evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate')
    const mismatches = await session.page.$$eval('article .block[data-start]', (els) =>
      els.filter((el) => el.textContent?.length !== Number((el as HTMLElement).dataset['end']) - Number((el as HTMLElement).dataset['start'])).length,
    )
    expect(mismatches).toBe(0)
  })

  it('shows the duplicated caption of 003 once, styled as a caption', async () => {
    await openArticle(session.page, '003_5733bacec403bece')
    const captions = await session.page.$$eval('article .block-caption', (els) => els.map((el) => el.textContent))
    expect(captions).toEqual(['العلاقة متوترة بين رئيس OpenAI سام ألتمان ومارك زوكربيرغ'])
    const text = await session.page.locator('article').innerText()
    expect(text.split('العلاقة متوترة بين رئيس OpenAI').length).toBe(2)
  })

  it('marks the derived title of 001 and shows 004 subheadings as headings', async () => {
    await openArticle(session.page, '001_acbe007552a08bad')
    expect(await session.page.locator('h1.article-title.derived').count()).toBe(1)
    await openArticle(session.page, '004_b38019a071557b20')
    const headings = await session.page.$$eval('article .article-body h2', (els) => els.map((el) => el.textContent))
    expect(headings).toHaveLength(3)
    expect(headings[0]).toBe('تحديات الأداء وتداعياتها على ميتا')
  })
})
