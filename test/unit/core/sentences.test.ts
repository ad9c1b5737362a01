import { describe, expect, it } from 'vitest'
import { sentenceAround } from '../../../src/core/text/sentences'

const around = (text: string, word: string, within = { start: 0, end: text.length }): string => {
  const at = text.indexOf(word)
  const s = sentenceAround(text, within, at, at + word.length)
  return text.slice(s.start, s.end)
}

describe('the sentence around a range', () => {
  it('runs from the previous stop to its own, stop included, spaces trimmed', () => {
    expect(around('بدأ الاجتماع. وقال المدير إن الأرباح زادت! ثم انتهى.', 'الأرباح')).toBe('وقال المدير إن الأرباح زادت!')
    expect(around('هل زادت الأرباح؟ نعم.', 'الأرباح')).toBe('هل زادت الأرباح؟')
  })

  it('keeps decimals, dotted dates and abbreviations inside: a stop ends a sentence only before a space or the end', () => {
    expect(around('بلغت الصفقة 14.3 مليار دولار في 10.3.2018 بحسب U.S.A. Today.', 'مليار')).toBe('بلغت الصفقة 14.3 مليار دولار في 10.3.2018 بحسب U.S.A.')
  })

  it('stops at a line break and never leaves its passage', () => {
    const text = 'عنوان\nقال الوزير إن الخطة جاهزة\nسطر آخر'
    expect(around(text, 'الخطة')).toBe('قال الوزير إن الخطة جاهزة')
    const start = text.indexOf('الوزير')
    expect(around(text, 'الخطة', { start, end: text.indexOf('جاهزة') + 5 })).toBe('الوزير إن الخطة جاهزة')
  })
})
