import { describe, expect, it } from 'vitest'
import { figuresIn, type EntitySpan } from '../../../src/core/story/figures/extract'
import type { Figure } from '../../../src/core/story/figures/types'

/** One paragraph article; `names` are marked as mentions of the entity of the same id wherever they occur. */
function figures(text: string, names: readonly string[] = ['ميتا']): Figure[] {
  const mentions: EntitySpan[] = names.flatMap((name) => [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ entityId: name, start: m.index, end: m.index + name.length })))
  return figuresIn({ id: 'a', text, blocks: [{ kind: 'paragraph', start: 0, end: text.length }] }, mentions)
}

const one = (text: string): Pick<Figure, 'kind' | 'value' | 'unit' | 'text'> => {
  const found = figures(text)
  expect(found, text).toHaveLength(1)
  const f = found[0] as Figure
  return { kind: f.kind, value: f.value, unit: f.unit, text: f.text }
}

describe('figures in an article', () => {
  it('reads percentages in every way news writes them', () => {
    expect(one('ارتفعت أسهم ميتا 15% أمس.')).toEqual({ kind: 'percent', value: 15, unit: '%', text: '15%' })
    expect(one('ارتفعت أسهم ميتا ١٥٪ أمس.')).toEqual({ kind: 'percent', value: 15, unit: '%', text: '١٥٪' })
    expect(one('نمت إيرادات ميتا 15 في المئة.')).toEqual({ kind: 'percent', value: 15, unit: '%', text: '15 في المئة' })
    expect(one('تملك ميتا نسبة 49.5 بالمائة منها.')).toEqual({ kind: 'percent', value: 49.5, unit: '%', text: '49.5 بالمائة' })
    expect(one('تراجعت ميتا عشرة في المائة.')).toEqual({ kind: 'percent', value: 10, unit: '%', text: 'عشرة في المائة' })
    expect(one('ارتفعت ميتا خمسة وعشرين بالمئة.')).toEqual({ kind: 'percent', value: 25, unit: '%', text: 'خمسة وعشرين بالمئة' })
  })

  it('reads counts with the counted noun as their unit, singular whatever the form', () => {
    expect(one('سرحت ميتا 2000 موظف.')).toEqual({ kind: 'count', value: 2000, unit: 'موظف', text: '2000 موظف' })
    expect(one('سرحت ميتا 2,000 موظفين.')).toMatchObject({ kind: 'count', value: 2000, unit: 'موظف' })
    expect(one('لدى ميتا ثلاثة ملايين مستخدم.')).toEqual({ kind: 'count', value: 3e6, unit: 'مستخدم', text: 'ثلاثة ملايين مستخدم' })
    expect(one('لدى ميتا 3.5 مليار مستخدم.')).toMatchObject({ kind: 'count', value: 3.5e9, unit: 'مستخدم' })
    expect(one('لدى ميتا مليار مستخدم.')).toMatchObject({ kind: 'count', value: 1e9, unit: 'مستخدم' })
    expect(one('عرضت ميتا على 45 باحثًا.')).toMatchObject({ kind: 'count', value: 45, unit: 'باحث' })
    expect(one('عرضت ميتا على 10 باحثين.')).toMatchObject({ kind: 'count', value: 10, unit: 'باحث' })
  })

  it('reads money with the entities parser, currency as unit, and never counts it twice', () => {
    expect(one('استثمرت ميتا 14.3 مليار دولار.')).toEqual({ kind: 'money', value: 14.3e9, unit: 'USD', text: '14.3 مليار دولار' })
    expect(one('استثمرت ميتا ٤٫٣ مليار يورو.')).toMatchObject({ kind: 'money', value: 4.3e9, unit: 'EUR' })
  })

  it('takes no year, date, rank or bare number for a figure', () => {
    expect(figures('في 2024 قالت ميتا إنها 3 مرات أكبر، وفي يونيو 2025 أعلنت ميتا رقم 7.')).toEqual([])
  })

  it('ties a figure to the entities of its sentence, else of its paragraph, and to the nearest cue', () => {
    const text = 'قالت OpenAI إن الأمر انتهى. استثمرت ميتا 14.3 مليار دولار في Scale AI. وتضمنت العروض 100 مليون دولار.'
    const [invest, offer] = figures(text, ['ميتا', 'OpenAI', 'Scale AI'])
    expect(invest).toMatchObject({ topic: 'investment', entityIds: ['Scale AI', 'ميتا'] })
    expect(text.slice(invest?.sentence.start, invest?.sentence.end)).toBe('استثمرت ميتا 14.3 مليار دولار في Scale AI.')
    // No entity in its sentence: the paragraph's.
    expect(offer).toMatchObject({ topic: 'pay', entityIds: ['OpenAI', 'Scale AI', 'ميتا'] })
  })

  it('keeps raw offsets that cover exactly the figure, tashkeel and Arabic digits included', () => {
    const text = 'عرضت ميتا على ٤٥ باحثًا مكافآتٍ.'
    const [f] = figures(text)
    expect(text.slice(f?.start, f?.end)).toBe('٤٥ باحثًا')
    expect(f).toMatchObject({ value: 45, unit: 'باحث' })
  })

  it('skips chrome blocks', () => {
    const text = 'شارك 2000 موظف\nسرحت ميتا 15% من موظفيها.'
    const found = figuresIn(
      { id: 'a', text, blocks: [{ kind: 'chrome', role: 'share', start: 0, end: 14 }, { kind: 'paragraph', start: 15, end: text.length }] },
      [{ entityId: 'meta', start: text.indexOf('ميتا'), end: text.indexOf('ميتا') + 4 }],
    )
    expect(found.map((f) => f.text)).toEqual(['15%'])
  })
})
