import { describe, expect, it } from 'vitest'
import { findArticleMentions, MentionIndex } from '../../../src/core/entities'
import { loadGold, loadStarterRegistry, score, total, type Score } from '../../fixtures/seed-mentions'
import { seed } from '../../support/seeds'

/**
 * Recall and precision of the mention finder over the five seeds, against the hand-checked gold
 * list (test/fixtures/seed-mentions.gold.json) and the starter registry.
 */
describe('mentions in the seeds against the gold list', () => {
  const index = new MentionIndex(loadStarterRegistry())
  const gold = loadGold()
  const scores: Score[] = gold.map((g) => score(g.mentions, findArticleMentions(index, seed(g.id.slice(0, 3)))))

  it('covers all five seeds and every gold span is the text it claims', () => {
    expect(gold.map((g) => g.id.slice(0, 3))).toEqual(['000', '001', '002', '003', '004'])
    for (const g of gold) {
      const text = seed(g.id.slice(0, 3)).text
      for (const m of g.mentions) expect(text.slice(m.start, m.start + m.text.length)).toBe(m.text)
      for (const t of g.traps) expect(text.slice(t.start, t.start + t.text.length)).toBe(t.text)
    }
  })

  it('reaches recall and precision of at least 0.97', () => {
    const all = total(scores)
    console.log(
      `mentions vs gold: ${all.correct} correct of ${all.gold} gold and ${all.found} found — recall ${all.recall.toFixed(3)}, precision ${all.precision.toFixed(3)}`,
    )
    for (const m of all.missed) console.log(`  missed ${m.entityId} "${m.text}" @${m.start}`)
    for (const m of all.wrong) console.log(`  wrong ${m.entityId} @${m.start}-${m.end}`)
    expect(all.recall).toBeGreaterThanOrEqual(0.97)
    expect(all.precision).toBeGreaterThanOrEqual(0.97)
  })

  it('reports nothing on any trap span', () => {
    for (const g of gold) {
      const found = findArticleMentions(index, seed(g.id.slice(0, 3)))
      for (const t of g.traps) {
        const hits = found.filter(
          (m) => m.start < t.start + t.text.length && t.start < m.end && (!t.notEntityId || m.entityId === t.notEntityId),
        )
        expect(hits, `${g.id}: ${t.why}`).toEqual([])
      }
    }
  })
})
