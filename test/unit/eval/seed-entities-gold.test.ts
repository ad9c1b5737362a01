import { describe, expect, it } from 'vitest'
import { nameKey } from '../../eval/score'
import { loadSeedEntityGold } from '../../fixtures/seed-entities'
import { loadGold, loadStarterRegistry } from '../../fixtures/seed-mentions'
import { seed } from '../../support/seeds'

/**
 * The seed entity gold is itself checked: its spans are the names it claims, it never nests or
 * overlaps names, and it agrees with the hand-checked registry mentions (seed-mentions.gold.json)
 * span for span, so the two files can be used side by side.
 */
describe('seed-entities.gold.json', () => {
  const gold = loadSeedEntityGold()
  const registry = new Map(loadStarterRegistry().map((e) => [e.id, e]))
  const text = (id: string): string => seed(id.slice(0, 3)).text

  it('covers the five seeds, and every mention is one of its entity’s forms', () => {
    expect(Object.keys(gold).map((id) => id.slice(0, 3))).toEqual(['000', '001', '002', '003', '004'])
    for (const [id, article] of Object.entries(gold)) {
      for (const e of article.entities) {
        expect(e.mentions.length, `${id} ${e.name}`).toBeGreaterThan(0)
        const forms = new Set(e.forms.map(nameKey))
        for (const [start, end] of e.mentions)
          expect(forms.has(nameKey(text(id).slice(start, end))), `${id} ${e.name} @${start}`).toBe(true)
      }
    }
  })

  it('has no two mentions on overlapping spans', () => {
    for (const [id, article] of Object.entries(gold)) {
      const spans = article.entities.flatMap((e) => e.mentions).sort((a, b) => a[0] - b[0])
      for (let i = 1; i < spans.length; i++)
        expect((spans[i] as number[])[0], `${id} @${(spans[i] as number[])[0]}`).toBeGreaterThanOrEqual(
          (spans[i - 1] as number[])[1] as number,
        )
    }
  })

  it('gives registry entities their id, with the same spans as the registry mention gold', () => {
    for (const article of loadGold()) {
      const entities = gold[article.id]?.entities ?? []
      const here = new Set(entities.flatMap((e) => (e.entityId ? e.mentions.map(([s, end]) => `${e.entityId}@${s}-${end}`) : [])))
      const there = new Set(
        article.mentions
          .filter((m) => registry.get(m.entityId)?.type !== 'money')
          .map((m) => `${m.entityId}@${m.start}-${m.start + m.text.length}`),
      )
      expect([...here].sort(), article.id).toEqual([...there].sort())
      for (const e of entities) if (e.entityId) expect(registry.get(e.entityId)?.type, e.entityId).toBe(e.type)
    }
  })

  it('holds every registry name the seeds mention, and the issue’s examples of names the registry lacks', () => {
    const all = Object.values(gold).flatMap((a) => a.entities)
    const known = new Set(all.flatMap((e) => (e.entityId ? [e.entityId] : [])))
    const unknown = new Set(all.filter((e) => !e.entityId).map((e) => nameKey(e.name)))
    expect(known.size).toBe([...registry.values()].filter((e) => e.type !== 'money').length)
    // The examples of names the registry lacks.
    for (const name of [
      'شينغجيا تشاو',
      'بيي صن',
      'جاك راي',
      'يوهان شالكويك',
      'كوراي كافوكشغلو',
      'GenAI',
      'تويتر',
      'Slack',
      'لويزيانا',
      'وادي السيليكون',
    ]) {
      expect(unknown.has(nameKey(name)) || all.some((e) => e.forms.some((f) => nameKey(f) === nameKey(name))), name).toBe(true)
    }
  })
})
