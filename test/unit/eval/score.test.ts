import { describe, expect, it } from 'vitest'
import { naiveBaseline } from '../../eval/baseline'
import { longestFirst, findForms } from '../../eval/gold/find-forms'
import type { GoldArticle } from '../../eval/gold/types'
import { nameKey, overall, scoreArticle, summarise } from '../../eval/score'

// A made-up article: "وقال سامي نور إن شركة زيتون اشترت لزيتون …" — offsets are hand-counted below.
const gold: GoldArticle = {
  entities: [
    {
      type: 'person',
      name: 'سامي نور',
      forms: ['سامي نور', 'نور'],
      mentions: [
        [5, 13],
        [40, 43],
      ],
    },
    {
      type: 'org',
      name: 'زيتون',
      forms: ['زيتون'],
      mentions: [
        [20, 25],
        [30, 35],
      ],
    },
    { type: 'place', name: 'الولايات المتحدة', forms: ['الولايات المتحدة'], mentions: [[50, 66]] },
  ],
}

describe('scoreArticle', () => {
  it('counts an entity as covered only when something sits exactly on one of its mentions', () => {
    const s = scoreArticle(gold, {
      known: [{ start: 20, end: 25 }],
      suggestions: [{ name: 'سامي', occurrences: [{ start: 5, end: 9 }] }],
    })
    // زيتون is known; "سامي" overlaps سامي نور but is not on its span; nothing on the place.
    expect(s.coveredEntities).toBe(1)
    expect(s.coverage).toBeCloseTo(1 / 3)
    expect(s.missed).toEqual(['سامي نور', 'الولايات المتحدة'])
  })

  it('judges suggestions by their name against the gold forms, Arabic-normalised', () => {
    const s = scoreArticle(gold, {
      known: [],
      suggestions: [
        { name: 'سامى نور', occurrences: [{ start: 5, end: 13 }] }, // ى for ي: same name
        { name: '“زيتون”', occurrences: [{ start: 20, end: 25 }] }, // quotes are not part of a name
        { name: 'لزيتون', occurrences: [{ start: 29, end: 35 }] }, // the proclitic kept: wrong boundary
        { name: 'بشأن مراحل المشروع', occurrences: [] },
      ],
    })
    expect(s.correctSuggestions).toBe(2)
    expect(s.precision).toBe(0.5)
    expect(s.wrong).toEqual(['لزيتون', 'بشأن مراحل المشروع'])
  })

  it('credits recall with known mentions and the occurrences of correct suggestions only', () => {
    const s = scoreArticle(gold, {
      known: [{ start: 50, end: 66 }],
      suggestions: [
        {
          name: 'زيتون',
          occurrences: [
            { start: 20, end: 25 },
            { start: 30, end: 35 },
          ],
        },
        { name: 'نور إن', occurrences: [{ start: 40, end: 43 }] }, // on a gold span, but a wrong name
      ],
    })
    expect(s.mentions).toBe(5)
    expect(s.coveredMentions).toBe(3)
    expect(s.recall).toBeCloseTo(3 / 5)
    // The wrong suggestion still shows the person was noticed.
    expect(s.coveredEntities).toBe(3)
  })

  it('leaves precision undefined when nothing is suggested', () => {
    const s = scoreArticle(gold, { known: [], suggestions: [] })
    expect(s.precision).toBeNull()
    expect(s.coverage).toBe(0)
    expect(s.recall).toBe(0)
  })
})

describe('summarise and overall', () => {
  it('takes the mean and minimum over the articles where a figure is defined', () => {
    expect(summarise([0.5, null, 1])).toEqual({ mean: 0.75, min: 0.5, articles: 2 })
    expect(summarise([null])).toEqual({ mean: null, min: null, articles: 0 })
  })

  it('adds up the suggestions of all articles', () => {
    const a = scoreArticle(gold, { known: [], suggestions: [{ name: 'زيتون', occurrences: [] }] })
    const b = scoreArticle(gold, { known: [], suggestions: [{ name: 'شيء', occurrences: [] }] })
    const o = overall([a, b])
    expect(o.suggestions).toBe(2)
    expect(o.correctSuggestions).toBe(1)
    expect(o.precision.min).toBe(0)
  })
})

describe('nameKey', () => {
  it('folds hamza forms, tashkeel and case, and reads punctuation as spaces', () => {
    expect(nameKey('إنتل')).toBe(nameKey('انتل'))
    expect(nameKey('مُحمّد')).toBe(nameKey('محمد'))
    expect(nameKey('Google  Play')).toBe('google play')
    expect(nameKey('بي.سي ماجازين')).toBe(nameKey('بي سي ماجازين'))
    expect(nameKey('فيسبوك')).not.toBe(nameKey('لفيسبوك'))
  })
})

describe('naiveBaseline', () => {
  it('suggests Latin runs and the word after a title, each with all its whole-word occurrences', () => {
    const text = 'قال الرئيس التنفيذي خالد إن Google Play تنمو، وخالد يرى أن Google Play أولا.'
    const found = naiveBaseline(text)
    const byName = Object.fromEntries(found.suggestions.map((s) => [s.name, s.occurrences]))
    expect(Object.keys(byName).sort()).toEqual(['Google Play', 'خالد'])
    expect(byName['Google Play']).toHaveLength(2)
    // Naive: "وخالد" is not split, so only the bare word counts.
    expect(byName['خالد']).toEqual([{ start: 20, end: 24 }])
    expect(found.known).toEqual([])
  })
})

describe('findForms (gold derivation)', () => {
  it('finds a form behind proclitics and after a dropped alef, never inside a longer word', () => {
    const text = 'ولفيسبوك للولايات المتحدة الفيسبوك فيسبوكي'
    const { hits, nearMisses } = findForms(text, [['فيسبوك'], ['الولايات المتحدة']])
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['فيسبوك', 'لولايات المتحدة'])
    expect(nearMisses.map((m) => m.why)).toEqual(['prefix', 'suffix'])
  })

  it('cannot tell a proclitic from a first letter: "بيان" is ب + "يان", which is why every hit is checked by eye', () => {
    const { hits } = findForms('بيان', [['يان']])
    expect(hits).toHaveLength(1)
  })

  it('keeps the longest of nested names', () => {
    const text = 'شركة كمبريدج أناليتيكا'
    const { hits } = findForms(text, [['كمبريدج'], ['كمبريدج أناليتيكا']])
    expect(longestFirst(hits).map((h) => h.entity)).toEqual([1])
  })
})
