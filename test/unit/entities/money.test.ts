import { describe, expect, it } from 'vitest'
import { findMoney } from '../../../src/core/entities'
import { seed } from '../../support/seeds'

const amounts = (text: string): [string, number, string][] => findMoney(text).map((m) => [text.slice(m.start, m.end), m.value, m.currency])

describe('findMoney', () => {
  it.each([
    ['استثمار قدره 14.3 مليار دولار في', '14.3 مليار دولار', 14.3e9, 'USD'],
    ['تتجاوز 100 مليون دولار،', '100 مليون دولار', 1e8, 'USD'],
    ['نحو ٤٫٣ مليار يورو.', '٤٫٣ مليار يورو', 4.3e9, 'EUR'],
    ['بقيمة 50 مليار دولار.', '50 مليار دولار', 5e10, 'USD'],
    ['invested $14.3 billion in', '$14.3 billion', 14.3e9, 'USD'],
    ['تصل إلى 300 مليون دولار على', '300 مليون دولار', 3e8, 'USD'],
    ['قيمته 99 مليون دولار مع', '99 مليون دولار', 9.9e7, 'USD'],
    ['a fine of €4.34bn for', '€4.34bn', 4.34e9, 'EUR'],
    ['غرامة 4,340,000,000 يورو', '4,340,000,000 يورو', 4.34e9, 'EUR'],
    ['غرامة ٤٬٣٤٠٬٠٠٠٬٠٠٠ يورو', '٤٬٣٤٠٬٠٠٠٬٠٠٠ يورو', 4.34e9, 'EUR'],
    ['بلغت ١٥٠ مليون جنيه إسترليني', '١٥٠ مليون جنيه إسترليني', 1.5e8, 'GBP'],
    ['نحو 3 ملايين ريال سعودي', '3 ملايين ريال سعودي', 3e6, 'SAR'],
    ['بـ5 مليارات درهم', '5 مليارات درهم', 5e9, 'AED'],
    ['نحو 20 ألف دينار كويتي', '20 ألف دينار كويتي', 2e4, 'KWD'],
    ['قرابة 2 تريليون ين', '2 تريليون ين', 2e12, 'JPY'],
    ['raised USD 5m from', 'USD 5m', 5e6, 'USD'],
    ['raised US$ 5 million', 'US$ 5 million', 5e6, 'USD'],
    ['raised £300m', '£300m', 3e8, 'GBP'],
    ['raised 12 billion dollars', '12 billion dollars', 1.2e10, 'USD'],
    ['أكثر من مليار دولار', 'مليار دولار', 1e9, 'USD'],
    ['صفقة بملياري دولار', 'ملياري دولار', 2e9, 'USD'],
    ['مبلغ ١٠٠ دولارًا', '١٠٠ دولارًا', 100, 'USD'],
  ])('%s → %s', (text, phrase, value, currency) => {
    expect(amounts(text)).toEqual([[phrase, value, currency]])
  })

  it('is not fooled by numbers without a currency, plurals without an amount, or model names', () => {
    expect(amounts('نحو 200 موظف و14.3 مليار، رواتب تصل إلى 10 إلى 50 مرة، بمليارات الدولارات، GPT4 بمليارات')).toEqual([])
  })

  it('finds every amount in the seeds with its value', () => {
    const found = ['000', '001', '002', '003', '004'].flatMap((p) => amounts(seed(p).text))
    expect(found).toEqual([
      ['14.3 مليار دولار', 14.3e9, 'USD'],
      ['99 مليون دولار', 9.9e7, 'USD'],
      ['50 مليار دولار', 5e10, 'USD'],
      ['300 مليون دولار', 3e8, 'USD'],
      ['100 مليون دولار', 1e8, 'USD'],
      ['100 مليون دولار', 1e8, 'USD'],
      ['14.3 مليار دولار', 14.3e9, 'USD'],
      ['100 مليون دولار', 1e8, 'USD'],
      ['100 مليون دولار', 1e8, 'USD'],
      ['100 مليون دولار', 1e8, 'USD'],
      ['14.3 مليار دولار', 14.3e9, 'USD'],
      ['100 مليون دولار', 1e8, 'USD'],
    ])
  })

  it('gives exact values for decimal amounts (14.3 × 10⁹ is 14,300,000,000, not 14,299,999,999.999998)', () => {
    expect(findMoney('14.3 مليار دولار')[0]?.value).toBe(14_300_000_000)
  })
})
