import { describe, expect, it } from 'vitest'
import { ar } from '../../src/renderer/src/i18n/ar'
import { en } from '../../src/renderer/src/i18n/en'
import { createTranslator } from '../../src/renderer/src/i18n/translate'

describe('interface text', () => {
  it('has the same keys in every locale, and no empty message', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ar).sort())
    for (const catalogue of [ar, en]) {
      for (const value of Object.values(catalogue)) {
        const forms = typeof value === 'string' ? [value] : Object.values(value)
        for (const form of forms) expect(form.trim().length).toBeGreaterThan(0)
      }
    }
  })

  it('uses all six Arabic plural forms', () => {
    const t = createTranslator('ar')
    expect(t.plural('library.count', 0)).toBe('لا مقالات')
    expect(t.plural('library.count', 1)).toBe('مقال واحد')
    expect(t.plural('library.count', 2)).toBe('مقالان')
    expect(t.plural('library.count', 5)).toBe('5 مقالات')
    expect(t.plural('library.count', 11)).toBe('11 مقالًا')
    expect(t.plural('library.count', 100)).toBe('100 مقال')
  })

  it('fills placeholders and says which direction the interface runs', () => {
    const t = createTranslator('en')
    expect(t.dir).toBe('ltr')
    expect(createTranslator('ar').dir).toBe('rtl')
    expect(t.t('article.notFound', { reason: 'gone' })).toBe('Could not open the article: gone')
    expect(t.plural('article.words', 1)).toBe('one word')
    expect(t.plural('article.words', 1234)).toBe('1,234 words')
  })
})
