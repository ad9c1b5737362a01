import { describe, expect, it } from 'vitest'
import { dominantDirection, splitBidiRuns } from '../../../src/core/text/bidi'

const isolated = (text: string): string[] =>
  splitBidiRuns(text)
    .filter((r) => r.isolate)
    .map((r) => text.slice(r.start, r.end))

describe('splitBidiRuns', () => {
  it('isolates Latin names inside Arabic, including multi-word names and version numbers', () => {
    expect(isolated('استثمرت ميتا 14.3 مليار دولار في شركة Scale AI المتخصصة')).toEqual(['Scale AI'])
    expect(isolated('الذي عمل على نموذج Llama 4 الذي لم يلقَ')).toEqual(['Llama 4'])
    expect(isolated('أطلقت Meta فريقها، Meta Superintelligence Labs (MSL)، بقيادة')).toEqual(['Meta', 'Meta Superintelligence Labs', 'MSL'])
  })

  it('keeps inner apostrophes and hyphens but leaves sentence punctuation to the Arabic text', () => {
    expect(isolated('عنوان Meta’s Drive هنا')).toEqual(['Meta’s Drive'])
    expect(isolated('نموذج I-JEPA، الذي')).toEqual(['I-JEPA'])
    expect(isolated('من شركة OpenAI.')).toEqual(['OpenAI'])
  })

  it('isolates a Latin name glued to an Arabic proclitic without the clitic', () => {
    expect(isolated('شركات OpenAI وAnthropic')).toEqual(['OpenAI', 'Anthropic'])
  })

  it('covers the text exactly, run after run, so the DOM text equals the source text', () => {
    const text = 'قال ألتمان: “Meta تتصرف” (GenAI) و Google DeepMind.'
    const runs = splitBidiRuns(text, 4, text.length - 1)
    expect(runs[0]?.start).toBe(4)
    expect(runs.at(-1)?.end).toBe(text.length - 1)
    for (let i = 1; i < runs.length; i++) expect(runs[i]?.start).toBe(runs[i - 1]?.end)
    expect(runs.map((r) => text.slice(r.start, r.end)).join('')).toBe(text.slice(4, -1))
  })

  it('leaves numbers alone: digits keep their order in an Arabic run without isolation', () => {
    expect(isolated('تصل إلى 100 مليون دولار')).toEqual([])
  })

  it('isolates each embedding, override and isolate control on its own, so none can reorder the text around it', () => {
    const text = 'الرقم \u202E1234\u202C و\u2066Reuters\u2069 و\u202Bكمبردج\u202C'
    expect(isolated(text)).toEqual(['\u202E', '\u202C', '\u2066', 'Reuters', '\u2069', '\u202B', '\u202C'])
    expect(splitBidiRuns(text).map((r) => text.slice(r.start, r.end)).join('')).toBe(text)
    // Marks (LRM, RLM) only nudge neutrals next to them: they are left in the text's own runs.
    expect(isolated('مارك\u200F زوكربيرغ')).toEqual([])
  })
})

describe('dominantDirection', () => {
  it('follows the majority script, not the first strong character', () => {
    expect(dominantDirection('Meta’s Superintelligence Drive Sparks Internal Rifts')).toBe('ltr')
    expect(dominantDirection('سام ألتمان ينتقد Meta بسبب أساليب توظيف')).toBe('rtl')
    expect(dominantDirection('OpenAI تعلن نموذجًا جديدًا للذكاء الاصطناعي')).toBe('rtl')
  })
})
