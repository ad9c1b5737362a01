import { describe, expect, it } from 'vitest'
import { blockTexts, seed, seedBytes, seedFiles, sha256 } from '../../support/seeds'
import type { Article } from '../../../src/core/corpus/types'

const visibleText = (a: Article): string =>
  a.blocks
    .filter((b) => b.kind !== 'chrome')
    .map((b) => a.text.slice(b.start, b.end))
    .join('\n')

const chromeRoles = (a: Article): string[] => a.blocks.filter((b) => b.kind === 'chrome').map((b) => b.role ?? '')

describe('every seed', () => {
  it.each(seedFiles())('%s: text is the decoded file, blocks are ordered spans of it, the hash is of the text', (name) => {
    const article = seed(name.slice(0, 3))
    expect(article.text).toBe(seedBytes(name).toString('utf8').replace(/\r\n?/g, '\n'))
    expect(article.id).toBe(name.replace(/\.txt$/, ''))
    expect(article.contentHash).toBe(sha256(article.text))
    let previousEnd = 0
    for (const block of article.blocks) {
      expect(block.start).toBeGreaterThanOrEqual(previousEnd)
      expect(block.end).toBeGreaterThan(block.start)
      previousEnd = block.end
    }
    expect(article.stats.words).toBeGreaterThan(300)
  })
})

describe('000: an English title above an Arabic body', () => {
  const a = seed('000')
  it('takes the English line as the title and marks it left-to-right', () => {
    expect(a.meta).toMatchObject({ title: 'Meta’s Superintelligence Drive Sparks Internal Rifts and Talent Exodus', titleSource: 'line', titleDir: 'ltr' })
    expect(blockTexts(a, 'title')).toEqual([a.meta.title])
  })
  it('keeps the Arabic body as one paragraph although the file has no final newline', () => {
    expect(a.text.endsWith('بحسب آراء داخلية.')).toBe(true)
    expect(blockTexts(a, 'paragraph')).toHaveLength(1)
  })
})

describe('001: no title line', () => {
  const a = seed('001')
  it('derives a short title from the first sentence and says so', () => {
    expect(a.meta.titleSource).toBe('derived')
    expect(a.meta.title).toBe('كشفت تقارير صحفية عن بوادر توتر في العلاقة بين شركة ميتا وشركة Scale AI…')
    expect(a.blocks.some((b) => b.kind === 'title')).toBe(false)
  })
  it('keeps the first line as a paragraph of the body', () => {
    expect(blockTexts(a, 'paragraph')[0]?.startsWith('كشفت تقارير صحفية')).toBe(true)
  })
})

describe('002: category line and comment-form chrome', () => {
  const a = seed('002')
  it('reads "تكنولوجيا" as the category, not the title', () => {
    expect(a.meta.category).toBe('تكنولوجيا')
    expect(a.meta.title.startsWith('سام ألتمان ينتقد Meta')).toBe(true)
  })
  it('marks the comment form, the back-to-top button and no-break-space lines as chrome', () => {
    expect(chromeRoles(a)).toEqual(['category', 'blank', 'blank', 'comment-prompt', 'comment-notice', 'back-to-top'])
    const visible = visibleText(a)
    for (const phrase of ['اترك تعليقاً', 'لن يتم نشر عنوان بريدك الإلكتروني', 'زر الذهاب إلى الأعلى']) expect(visible).not.toContain(phrase)
  })
  it('keeps chrome in the text so offsets never move', () => {
    const back = a.blocks.find((b) => b.role === 'back-to-top')
    expect(back && a.text.slice(back.start, back.end)).toBe('زر الذهاب إلى الأعلى')
    expect(a.text.endsWith('زر الذهاب إلى الأعلى')).toBe(true)
  })
})

describe('003: relative timestamp, glued duplicate caption, source link', () => {
  const a = seed('003')
  it('reads "8 hours ago 4" as a relative timestamp in chrome', () => {
    expect(a.meta.relativeTime).toBe('8 hours ago')
    expect(chromeRoles(a)).toContain('timestamp')
    expect(visibleText(a)).not.toContain('8 hours ago')
  })
  it('splits the caption glued to its own duplicate: one caption, the copy is chrome', () => {
    const caption = 'العلاقة متوترة بين رئيس OpenAI سام ألتمان ومارك زوكربيرغ'
    expect(blockTexts(a, 'caption')).toEqual([caption])
    const duplicate = a.blocks.find((b) => b.role === 'duplicate-caption')
    expect(duplicate && a.text.slice(duplicate.start, duplicate.end)).toBe(caption)
    expect(visibleText(a).split(caption)).toHaveLength(2)
  })
  it('hides "اذهب للمصدر"', () => {
    expect(chromeRoles(a).at(-1)).toBe('source-link')
    expect(visibleText(a)).not.toContain('اذهب للمصدر')
  })
})

describe('004: en-dash subheadings and trailing blank lines', () => {
  const a = seed('004')
  it('reads the three en-dash lines as headings, without the dash', () => {
    expect(blockTexts(a, 'heading')).toEqual([
      'تحديات الأداء وتداعياتها على ميتا',
      'إجراءات جذرية لتعزيز القدرات التنافسية',
      'مستقبل نموذج “Llama” واستراتيجية ميتا الشاملة',
    ])
  })
  it('takes the first line as the title and makes no block of the empty lines at the end', () => {
    expect(a.meta.title).toBe('ميتا: إقالات وصفقات بمليارات بمعركة الذكاء الاصطناعي')
    expect(a.text.endsWith('\n\n\n')).toBe(true)
    expect(a.blocks.at(-1)?.kind).toBe('paragraph')
  })
})
