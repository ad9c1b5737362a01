import { describe, expect, it } from 'vitest'
import { normalizeForMatching, normalizeKey, toNormOffset, toRawRange } from '../../../src/core/text/normalize'
import { normOffset, rawOffset } from '../../../src/core/text/offsets'

describe('normalizeForMatching', () => {
  it('removes tashkeel, the dagger alef and tatweel', () => {
    expect(normalizeKey('مُخْتَبَرُ')).toBe('مختبر')
    expect(normalizeKey('بِهَٰذِهِ')).toBe('بهذه')
    expect(normalizeKey('غُـــوغِل')).toBe('غوغل')
  })

  it('folds alef forms, alef maqsura, taa marbuta, hamza carriers', () => {
    expect(normalizeKey('أإآٱ')).toBe('اااا')
    expect(normalizeKey('على')).toBe('علي')
    expect(normalizeKey('شركة')).toBe('شركه')
    expect(normalizeKey('مؤتمر')).toBe('موتمر')
    expect(normalizeKey('رئيس')).toBe('رييس')
  })

  it('maps Arabic-Indic and Persian digits and the Arabic decimal separator to ASCII', () => {
    expect(normalizeKey('٤٫٣ مليار')).toBe('4.3 مليار')
    expect(normalizeKey('۱۰')).toBe('10')
    expect(normalizeKey('٤٬٣٤٠')).toBe('4,340')
  })

  it('case-folds Latin and drops zero-width and bidi controls, turning no-break space into space', () => {
    expect(normalizeKey('Meta\u200F AI')).toBe('meta ai')
    expect(normalizeKey('\u202Eكمبردج\u202C\u00A0X')).toBe('كمبردج x')
    expect(normalizeKey('فيس\u200Cبوك')).toBe('فيسبوك')
  })

  it('keeps a map from every normalised offset back to the raw text', () => {
    const raw = 'قالَ مارك زوكربيرغ'
    const norm = normalizeForMatching(raw)
    const at = norm.text.indexOf('مارك')
    const range = toRawRange(norm, normOffset(at), normOffset(at + 'مارك'.length))
    expect(raw.slice(range.start, range.end)).toBe('مارك')
    const exact = toRawRange(norm, normOffset(at), normOffset(at + 3))
    expect(raw.slice(exact.start, exact.end)).toBe('مار')
  })

  it('maps a match back over the marks of its last letter', () => {
    const raw = 'الذَّكَـــاءَ الاصطناعي'
    const norm = normalizeForMatching(raw)
    expect(norm.text.startsWith('الذكاء ')).toBe(true)
    const range = toRawRange(norm, normOffset(0), normOffset('الذكاء'.length))
    expect(raw.slice(range.start, range.end)).toBe('الذَّكَـــاءَ')
  })

  it('maps raw offsets forward to normalised ones', () => {
    const raw = 'مُحَمَّد'
    const norm = normalizeForMatching(raw)
    expect(norm.text).toBe('محمد')
    expect(toNormOffset(norm, rawOffset(0))).toBe(0)
    expect(toNormOffset(norm, rawOffset(raw.indexOf('ح')))).toBe(1)
    expect(toNormOffset(norm, rawOffset(raw.length))).toBe(4)
  })

  it('handles characters outside the BMP and case folds that change length', () => {
    const raw = 'a😀İb'
    const norm = normalizeForMatching(raw)
    expect(norm.text).toBe('a😀i̇b')
    expect(norm.toRaw.length).toBe(norm.text.length + 1)
    const b = norm.text.indexOf('b')
    expect(raw[norm.toRaw[b] as number]).toBe('b')
  })

  it('maps the empty string', () => {
    const norm = normalizeForMatching('')
    expect(norm.text).toBe('')
    expect([...norm.toRaw]).toEqual([0])
  })
})
