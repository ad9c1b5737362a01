import { describe, expect, it } from 'vitest'
import { chromeRanges, MentionIndex } from '../../../src/core/entities'
import { discoverNames } from '../../../src/core/entities/discovery/discover'
import { overall, scoreArticle, type Found } from '../../eval/score'
import { loadSeedEntityGold } from '../../fixtures/seed-entities'
import { loadStarterRegistry } from '../../fixtures/seed-mentions'
import { testLexicon } from '../../support/lexicon'
import { seed } from '../../support/seeds'

/**
 * Discovery over the five seeds with the starter registry, scored against the seed entity gold
 * (test/fixtures/seed-entities.gold.json) exactly as `npm run eval --seeds` scores the CLI: what the
 * registry and the suggestions cover once the correct suggestions are accepted.
 */
describe('entity discovery on the five seeds', () => {
  const gold = loadSeedEntityGold()
  const registry = loadStarterRegistry()
  const index = new MentionIndex(registry)
  const ids = Object.keys(gold)
  const articles = ids.map((id) => seed(id.slice(0, 3)))
  const docs = articles.map((a) => {
    const skip = chromeRanges(a)
    return { text: a.text, skip, known: index.find(a.text, { skip }) }
  })
  const names = discoverNames(docs, {
    lexicon: testLexicon(),
    registryNames: registry.flatMap((e) => [e.nameAr, e.nameLatin, ...e.aliases]),
  })
  const found = (t: number): Found => ({
    known: docs[t]!.known,
    suggestions: names
      .filter((n) => n.occurrences.some((o) => o.text === t))
      .map((n) => ({ name: n.name, occurrences: n.occurrences.filter((o) => o.text === t) })),
  })
  const scores = ids.map((id, t) => scoreArticle(gold[id]!, found(t)))
  const all = overall(scores)

  it('brings nearly every named entity of the seeds into the registry, with suggestions that are names', () => {
    console.log(
      `seeds: coverage ${all.coverage.mean?.toFixed(3)}, precision ${all.precision.mean?.toFixed(3)}, recall ${all.recall.mean?.toFixed(3)}; missed: ${scores.flatMap((s) => s.missed).join('، ') || 'none'}; wrong: ${scores.flatMap((s) => s.wrong).join('، ') || 'none'}`,
    )
    expect(all.coverage.mean).toBeGreaterThanOrEqual(0.95)
    expect(all.coverage.min).toBeGreaterThanOrEqual(0.9)
    expect(all.precision.min).toBeGreaterThanOrEqual(0.95)
    expect(all.recall.min).toBeGreaterThanOrEqual(0.95)
  })

  it('finds the people in the lists of hires that the starter registry lacks', () => {
    const suggested = new Set(names.map((n) => n.name))
    const people = ['بيي صن', 'كوراي كافوكشغلو', 'جاك راي', 'جويل بوبار', 'هونغيو رين', 'شوتشاو بي', 'جياهوي يو', 'روبن ماير']
    for (const person of people) expect(suggested, person).toContain(person)
    for (const person of people) expect(names.find((n) => n.name === person)?.type, person).toBe('person')
  })

  it('never overlaps a registry mention', () => {
    for (const n of names) {
      for (const o of n.occurrences) {
        const inside = docs[o.text]!.known.some((k) => k.start <= o.start && o.end <= k.end)
        expect(inside, `${n.name} @${o.start}`).toBe(false)
      }
    }
  })
})
