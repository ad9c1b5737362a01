import { describe, expect, it } from 'vitest'
import { chromeRanges, findArticleMentions, MentionIndex, suggestEntities } from '../../../src/core/entities'
import type { Suggestion } from '../../../src/core/entities/types'
import { loadStarterRegistry } from '../../fixtures/seed-mentions'
import { seed } from '../../support/seeds'

const index = new MentionIndex(loadStarterRegistry())
/** Suggestions for a seed with the starter registry as the known mentions: [reason, text]. */
const forSeed = (p: string, known = true): [Suggestion['reason'], string, Suggestion['type']][] => {
  const a = seed(p)
  return suggestEntities(a.text, known ? findArticleMentions(index, a) : [], { skip: chromeRanges(a) }).map((s) => [
    s.reason,
    s.text,
    s.type,
  ])
}
const texts = (text: string): string[] => suggestEntities(text, []).map((s) => s.text)

describe('Latin proper nouns', () => {
  it('offers the Latin names of the seeds that the starter registry does not know', () => {
    const latin = ['000', '001', '002', '003', '004'].flatMap((p) =>
      forSeed(p)
        .filter(([reason]) => reason === 'latin-proper-noun')
        .map(([, t]) => t),
    )
    expect(latin).toEqual([
      'GenAI',
      'GenAI',
      'SignalFire',
      'GenAI',
      'Mercor',
      'Surge',
      'Outlier',
      'Surge',
      'Mercor',
      'Play AI',
      'WaveForms AI',
      'Midjourney',
      'Hyperion',
      'Wired',
      'Slack',
      'Sesame AI',
      'Perplexity',
    ])
  })

  it('guesses the type from a cue word before the name or an organisation ending, else says "other"', () => {
    const types = Object.fromEntries(
      forSeed('001')
        .concat(forSeed('002'))
        .map(([, t, type]) => [t, type]),
    )
    expect(types).toMatchObject({ Outlier: 'org', 'Play AI': 'org', Hyperion: 'product', Wired: 'org', Mercor: 'other' })
  })

  it('skips glosses of Arabic terms and acronyms: Superintelligence, Generative AI, AGI, AI', () => {
    const suggested = ['003', '004'].flatMap((p) => forSeed(p).map(([, t]) => t))
    expect(suggested).not.toContain('Superintelligence')
    expect(suggested).not.toContain('Generative AI')
    expect(suggested).not.toContain('AGI')
    expect(texts('بالذكاء الاصطناعي AI والذكاء العام AGI ووحدة GPU')).toEqual([])
  })

  it('ignores an English title-case headline: capitals there do not mark names', () => {
    const a = seed('000')
    const title = a.blocks.find((b) => b.kind === 'title')
    if (!title) throw new Error('000 has a title')
    expect(suggestEntities(a.text, []).filter((s) => s.end <= title.end)).toEqual([])
  })

  it('offers only what known mentions leave, and drops a possessive', () => {
    expect(texts('أعلنت شركة Acme’s وشركة Zeta Labs')).toEqual(['Acme', 'Zeta Labs'])
    const text = 'شراكة بين Google DeepMind Gemini وغيرها'
    const known = [{ start: text.indexOf('Google'), end: text.indexOf(' Gemini'), entityId: 'google-deepmind' }]
    expect(suggestEntities(text, known).map((s) => s.text)).toEqual(['Gemini'])
  })
})

describe('names after a title', () => {
  it('offers the people of the seeds that follow a title and are not in the starter registry', () => {
    const people = ['000', '001', '002', '003', '004'].flatMap((p) =>
      forSeed(p)
        .filter(([reason]) => reason === 'after-title')
        .map(([, t, type]) => [t, type]),
    )
    expect(people).toEqual([
      ['لورينس فان دير مايتن', 'person'], // الباحث البارز لورينس فان دير مايتن، الذي
      ['ريشاب أغاروال', 'person'], // الباحث ريشاب أغاروال ومديرة …
      ['شايا نايك', 'person'], // ومديرة إدارة المنتجات شايا نايك،
      ['روهان فارما', 'person'], // المهندس روهان فارما.
      ['ترابيت بانسال', 'person'], // الباحث البارز في OpenAI، ترابيت بانسال.
    ])
  })

  it('with an empty registry, also offers the registered people that follow a title', () => {
    const people = ['002', '003', '004'].flatMap((p) =>
      forSeed(p, false)
        .filter(([reason]) => reason === 'after-title')
        .map(([, t]) => t),
    )
    expect(people).toEqual(['سام ألتمان', 'ترابيت بانسال', 'مارك زوكربيرغ', 'سام ألتمان', 'ألكسندر وانغ', 'ألكسندر وانغ'])
  })

  it('reads "الرئيس التنفيذي لشركة X، NAME" and "مؤسس X، NAME"', () => {
    expect(texts('انتقد الرئيس التنفيذي لشركة OpenAI، سام ألتمان، سياسة التوظيف')).toContain('سام ألتمان')
    expect(texts('استقطاب مؤسس Scale AI، ألكسندر وانغ، وفريقه')).toContain('ألكسندر وانغ')
  })

  it('does not take a sentence for a name', () => {
    // After an organisation and a comma the name must be closed by punctuation.
    expect(texts('أطلق الرئيس التنفيذي لشركة ميتا، إعادة هيكلة لجهود الشركة')).toEqual([])
    // An indefinite title needs its complement: "مدير هندسي سابق" is not "مدير + a name".
    expect(texts('وردّ إريك مايجر، مدير هندسي سابق في ميتا، على هذا')).toEqual([])
    // A function word, a definite noun phrase or a new clause after the title.
    expect(texts('قال الباحث في مجال الذكاء إن النتائج')).toEqual([])
    expect(texts('المهندس الرئيسي للذكاء الاصطناعي في Google، لكن كلا المحاولتين')).toEqual(['Google'])
    expect(texts('رئيس الأبحاث في OpenAI، وحاول الاستحواذ على شركات')).toEqual(['OpenAI'])
    // One word is not enough.
    expect(texts('الرئيس التنفيذي لشركة ميتا، طموحاته، حيث')).toEqual([])
  })

  it('does not overlap known mentions or chrome', () => {
    const text = 'الرئيس التنفيذي مارك زوكربيرغ.'
    expect(suggestEntities(text, [{ start: text.indexOf('مارك'), end: text.length - 1, entityId: 'mz' }])).toEqual([])
    expect(suggestEntities(text, [], { skip: [{ start: 0, end: text.length }] })).toEqual([])
  })
})
