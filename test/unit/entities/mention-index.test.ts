import { describe, expect, it } from 'vitest'
import { MentionIndex } from '../../../src/core/entities'
import { normalizeForMatching } from '../../../src/core/text/normalize'
import { loadStarterRegistry } from '../../fixtures/seed-mentions'
import { seed } from '../../support/seeds'
import { entity, shown } from './make-entity'

const meta = entity('meta', { type: 'org', nameAr: 'ميتا', nameLatin: 'Meta' })
const find = (entities: Parameters<typeof entity>[1][] | ReturnType<typeof entity>[], text: string): [string, string][] =>
  shown(text, new MentionIndex(entities as ReturnType<typeof entity>[]).find(text))

describe('word boundaries', () => {
  it('never matches inside a longer word of the same script', () => {
    expect(find([meta], 'عالم Metaverse وعالم ميتاڤيرس وعالم الميتافيرس')).toEqual([])
    expect(find([meta], 'MetaMask')).toEqual([])
  })

  it('matches before punctuation, quotes, a possessive and a change of script', () => {
    expect(find([meta], "“ميتا”، (Meta). Meta’s Meta's ميتاOpenAI")).toEqual([
      ['meta', 'ميتا'],
      ['meta', 'Meta'],
      ['meta', 'Meta'],
      ['meta', 'Meta'],
      ['meta', 'ميتا'],
    ])
  })

  it('folds tashkeel, tatweel, alef forms and case, and keeps the raw range', () => {
    const text = 'قالت مِيـــتَا و META و meta'
    expect(find([meta], text)).toEqual([
      ['meta', 'مِيـــتَا'],
      ['meta', 'META'],
      ['meta', 'meta'],
    ])
  })

  it('does not read a name across a line break, but across any run of spaces', () => {
    const wsj = entity('wsj', { type: 'org', nameAr: 'وول ستريت جورنال' })
    expect(find([wsj], 'وول ستريت\nجورنال')).toEqual([])
    expect(find([wsj], 'وول  ستريت   جورنال')).toEqual([['wsj', 'وول  ستريت   جورنال']])
  })
})

describe('proclitic chains', () => {
  const google = entity('google', { type: 'org', nameAr: 'جوجل' })
  it.each(['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'بال', 'لل', 'فب', 'وب', 'ول', 'ولل', 'فلل', 'وبال', 'فبال', 'وكال'])(
    '%sجوجل → جوجل',
    (clitic) => {
      const text = `قال ${clitic}جوجل اليوم`
      expect(find([google], text)).toEqual([['google', 'جوجل']])
    },
  )

  it('reads بـ with tatweel as a glued ب, with or without a quote after it', () => {
    expect(find([google], 'بـجوجل و بـ"جوجل" و بـ “جوجل”')).toEqual([
      ['google', 'جوجل'],
      ['google', 'جوجل'],
      ['google', 'جوجل'],
    ])
  })

  it('does not strip what is not a clitic chain (سجوجل, ووجوجل) ', () => {
    expect(find([google], 'سجوجل ووجوجل لبجوجل')).toEqual([])
  })

  it('reads لل + a name that starts with ال as ل + the name (للجزيرة)', () => {
    const jazeera = entity('al-jazeera', { type: 'org', nameAr: 'الجزيرة' })
    expect(find([jazeera], 'قال للجزيرة ثم والجزيرة وللجزيرة')).toEqual([
      ['al-jazeera', 'لجزيرة'],
      ['al-jazeera', 'الجزيرة'],
      ['al-jazeera', 'لجزيرة'],
    ])
  })

  it('a one-word name under four letters matches only as a whole token', () => {
    // Three letters after a clitic are too often a word: وسام (medal), بسام (a given name), السام.
    const sam = entity('sam', { nameAr: 'سام' })
    expect(find([sam], 'حصل على وسام، وقال بسام إن السام سام؛ وسام.')).toEqual([['sam', 'سام']])
  })

  it('a whole-token reading beats a clitic reading (وانغ is Wang, not و + انغ)', () => {
    const wang = entity('wang', { nameAr: 'ألكسندر وانغ', aliases: ['وانغ'] })
    const ang = entity('ang', { nameAr: 'انغ' })
    expect(find([ang, wang], 'قال وانغ إن')).toEqual([['wang', 'وانغ']])
  })
})

describe('bare aliases and the given-name guard', () => {
  it('a bare alias "سام", if someone added one, matches the word سام wherever it stands alone — including "سام؛"', () => {
    // Word-boundary logic is lexical: "سام؛" (toxic) is the same token as the name. validateName refuses
    // such an alias (code 'given-name'); the matcher still keeps it out of longer words and clitic readings.
    const sam = entity('sam-altman', { nameAr: 'سام ألتمان', aliases: ['سام'] })
    expect(find([sam], 'سام؛ سامي بسام وسام سام ألتمان')).toEqual([
      ['sam-altman', 'سام'],
      ['sam-altman', 'سام ألتمان'],
    ])
  })

  it('a surname alone is attributed unless another given name stands right before it', () => {
    const sam = entity('sam-altman', { nameAr: 'سام ألتمان', nameLatin: 'Sam Altman', aliases: ['ألتمان', 'Altman'] })
    const text = 'قال ألتمان إن جاك ألتمان وجاك ألتمان وبيتر ألتمان وAltman وJack Altman، وجاك، ألتمان'
    expect(find([sam], text)).toEqual([
      ['sam-altman', 'ألتمان'],
      ['sam-altman', 'Altman'],
      ['sam-altman', 'ألتمان'],
    ])
  })

  it("the entity's own given name does not block its surname", () => {
    const mark = entity('mz', { nameAr: 'مارك زوكربيرغ', aliases: ['زوكربيرغ'] })
    expect(find([mark], 'مارك زوكربيرغ ومارك  زوكربيرغ')).toEqual([
      ['mz', 'مارك زوكربيرغ'],
      ['mz', 'مارك  زوكربيرغ'],
    ])
    // A spelling the registry lacks as a full name still gets the surname (مارك is Mark's own).
    expect(find([mark], 'مارك، زوكربيرغ')).toEqual([['mz', 'زوكربيرغ']])
  })
})

describe('acronyms', () => {
  it('match in upper case only ("FAIR" the lab, not "fair" the word)', () => {
    const fair = entity('fair', { type: 'org', nameLatin: 'FAIR' })
    expect(find([fair], 'وحدة FAIR البحثية, a fair deal, Fair')).toEqual([['fair', 'FAIR']])
  })
})

describe('options', () => {
  it('accepts the normalised text the caller already has and gives the same result', () => {
    const a = seed('003')
    const index = new MentionIndex(loadStarterRegistry())
    expect(index.find(a.text, { normalized: normalizeForMatching(a.text) })).toEqual(index.find(a.text))
  })

  it('skips raw ranges and treats their edges as word boundaries', () => {
    const text = 'ميتاميتا ميتا'
    expect(find([meta], text)).toEqual([['meta', 'ميتا']])
    const index = new MentionIndex([meta])
    expect(shown(text, index.find(text, { skip: [{ start: 4, end: 8 }] }))).toEqual([
      ['meta', 'ميتا'],
      ['meta', 'ميتا'],
    ])
  })
})

describe('entities the user adds', () => {
  it('finds a new Latin name, glued to Arabic letters too (SignalFire)', () => {
    const a = seed('000')
    const signalFire = entity('signalfire', { type: 'org', nameLatin: 'SignalFire', nameAr: 'سيغنال فاير' })
    const index = new MentionIndex([...loadStarterRegistry(), signalFire])
    const found = shown(a.text, index.find(a.text)).filter(([id]) => id === 'signalfire')
    expect(found).toEqual([['signalfire', 'SignalFire']])
    expect(shown('ووفقا لـSignalFire وسيغنال فاير', index.find('ووفقا لـSignalFire وسيغنال فاير'))).toEqual([
      ['signalfire', 'SignalFire'],
      ['signalfire', 'سيغنال فاير'],
    ])
  })

  it('finds a new Arabic name with clitics (بلومبرغ added by hand to a registry without it)', () => {
    const a = seed('003')
    const registry = loadStarterRegistry().filter((e) => e.id !== 'bloomberg')
    const before = new MentionIndex(registry)
    expect(before.find(a.text).some((m) => a.text.slice(m.start, m.end) === 'بلومبرغ')).toBe(false)
    const after = new MentionIndex([...registry, entity('bloomberg-news', { type: 'org', nameAr: 'بلومبرغ' })])
    const found = shown(a.text, after.find(a.text)).filter(([id]) => id === 'bloomberg-news')
    expect(found).toEqual([
      ['bloomberg-news', 'بلومبرغ'],
      ['bloomberg-news', 'بلومبرغ'],
    ])
    expect(shown('ولبلومبرغ وبـ“بلومبرغ” والبلومبرغ', after.find('ولبلومبرغ وبـ“بلومبرغ” والبلومبرغ'))).toEqual([
      ['bloomberg-news', 'بلومبرغ'],
      ['bloomberg-news', 'بلومبرغ'],
      ['bloomberg-news', 'بلومبرغ'],
    ])
  })
})

describe('money entities', () => {
  it('are found by value, in any wording of the amount', () => {
    const deal = entity('deal', { type: 'money', nameAr: '14.3 مليار دولار', money: { value: 14.3e9, currency: 'USD' } })
    const text = 'استثمرت 14.3 مليار دولار، أي $14.3 billion أو ١٤٫٣ مليار دولار أمريكي، لا 14 مليار دولار'
    expect(find([deal], text)).toEqual([
      ['deal', '14.3 مليار دولار'],
      ['deal', '$14.3 billion'],
      ['deal', '١٤٫٣ مليار دولار أمريكي'],
    ])
  })
})
