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
    expect(isolated('أطلقت Meta فريقها، Meta Superintelligence Labs (MSL)، بقيادة')).toEqual(['Meta', 'Meta Superintelligence Labs (MSL)'])
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

describe('a Latin run is one isolate, from its first Latin word to its last', () => {
  it('keeps a full English sentence with its commas and full stops in one run', () => {
    const quote = '"We welcome the ruling, of course. It confirms, once again, what we said in 2019."'
    expect(isolated(`وقال المتحدث باسم الشركة: ${quote} ثم غادر القاعة.`)).toEqual([quote])
    // Unquoted, the full stop that ends the English is the Arabic sentence's: it stays outside.
    expect(isolated('وكتب في تغريدة: The market is open, prices are low, and we are ready. ثم حذفها.')).toEqual([
      'The market is open, prices are low, and we are ready',
    ])
  })

  it('keeps names, tickers and bracketed names whole', () => {
    expect(isolated('أعلنت غوغل (Google LLC, a subsidiary of Alphabet Inc., NASDAQ: GOOGL) أن أسهمها ارتفعت')).toEqual([
      '(Google LLC, a subsidiary of Alphabet Inc., NASDAQ: GOOGL)',
    ])
    expect(isolated('استحوذت على شركة (Scale AI) وأطلقت Llama 4 وسهم NASDAQ: META، ثم Meta’s Drive')).toEqual([
      '(Scale AI)',
      'Llama 4',
      'NASDAQ: META',
      'Meta’s Drive',
    ])
  })

  it('leaves Arabic punctuation after a Latin word outside the run', () => {
    expect(isolated('هل قرأت ما كتبه Reuters, AP؟ نعم، وما نشره Financial Times (FT)، وما قالت The Wall St. Journal؛ كلها')).toEqual([
      'Reuters, AP',
      'Financial Times (FT)',
      'The Wall St. Journal',
    ])
  })

  it('swallows no number that belongs to the Arabic around a run', () => {
    const text = 'أمهلتها 90 يوما (90 days) لتغيير ممارساتها، وفي 2017 قالت Google إن 30 مليون مستخدم يشغّلون Android Go. 40 منهم في مصر'
    expect(isolated(text)).toEqual(['(90 days)', 'Google', 'Android Go'])
    // Arabic-Indic digits are not Latin: they end a run like an Arabic word.
    expect(isolated('نسخة Windows ١١ Pro و €4.34bn أو ٤٫٣ مليار (Extended Arabic-Indic ۱۰ = 10)')).toEqual(['Windows', 'Pro', '€4.34bn', 'Extended Arabic-Indic'])
  })

  it('never splits a bracket or quote pair between an isolate and the Arabic around it', () => {
    // The bracket opened in Arabic closes in Arabic; one opened in a run and left open ends the run before it.
    expect(isolated('(بالإنجليزية: Google) و Alphabet (Google ١٠) و “Meta” و«OpenAI»')).toEqual(['Google', 'Alphabet', 'Google', '“Meta”', '«OpenAI»'])
    // Brackets never closed: each word is a run of its own (found in one pass, however many there are).
    expect(isolated('قال (Meta (Llama (Scout و')).toEqual(['Meta', 'Llama', 'Scout'])
  })

  it('ends a run at a bidi control, which is isolated on its own', () => {
    expect(isolated('قال Hello, \u202Eworld\u202C. انتهى')).toEqual(['Hello', '\u202E', 'world', '\u202C'])
  })
})

describe('dominantDirection', () => {
  it('follows the majority script, not the first strong character', () => {
    expect(dominantDirection('Meta’s Superintelligence Drive Sparks Internal Rifts')).toBe('ltr')
    expect(dominantDirection('سام ألتمان ينتقد Meta بسبب أساليب توظيف')).toBe('rtl')
    expect(dominantDirection('OpenAI تعلن نموذجًا جديدًا للذكاء الاصطناعي')).toBe('rtl')
  })
})
