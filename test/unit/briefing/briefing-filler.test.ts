import { describe, expect, it } from 'vitest'
import { briefingFor, gatherBriefingInput } from '../../../src/backend/briefing/briefing-service'
import type { Briefing, BriefingOptions, BriefingScope } from '../../../src/core/briefing/scope'
import { planBriefing, type BriefingInput } from '../../../src/core/briefing/select'
import type { Note } from '../../../src/core/store/notes'
import { valueOf } from '../helpers/backend'
import { A001, A002, briefingFixture, NOW } from './fixture'

const ENTITIES_ONLY: BriefingOptions = { lang: 'en', sections: { entities: true, articles: false, sources: true } }
const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })

/** The entity ids that get a section, in order. */
async function sectionsOf(f: Awaited<ReturnType<typeof briefingFixture>>, scope: BriefingScope, allEntities = false): Promise<string[]> {
  const input = valueOf<BriefingInput>(await gatherBriefingInput(f.backend))
  const planned = planBriefing(input, scope, { allEntities })
  if (!planned.ok) throw new Error(planned.message)
  return planned.plan.entities.map((p) => p.entity.id)
}

describe('a briefing of everything leaves out entities with nothing in scope', () => {
  it('gives a section only to entities with a quote, an orphan or a note; every mentioned one only when asked', async () => {
    const f = await briefingFixture()
    const input = valueOf<BriefingInput>(await gatherBriefingInput(f.backend))
    const planned = planBriefing(input, { kind: 'everything' })
    if (!planned.ok) throw new Error(planned.message)
    expect(planned.plan.entities.length).toBeGreaterThan(0)
    for (const p of planned.plan.entities) expect(p.quotes.length + p.orphans + p.notes.length).toBeGreaterThan(0)
    const every = await sectionsOf(f, { kind: 'everything' }, true)
    // The seeds mention many more entities than the fixture quotes: those are the filler left out.
    expect(every.length).toBeGreaterThan(planned.plan.entities.length + 10)
    expect(every).toEqual(expect.arrayContaining(planned.plan.entities.map((p) => p.entity.id)))
  })

  it('writes no "no quotes" section by default, and the stats count what is written', async () => {
    const f = await briefingFixture()
    const lean = valueOf<Briefing>(await briefingFor(f.backend, { kind: 'everything' }, ENTITIES_ONLY, NOW))
    const full = valueOf<Briefing>(await briefingFor(f.backend, { kind: 'everything' }, { ...ENTITIES_ONLY, allEntities: true }, NOW))
    const filler = (md: string): number => md.split('No quotes about this entity in scope.').length - 1
    expect(full.stats.entities).toBeGreaterThan(lean.stats.entities)
    expect(filler(full.markdown)).toBeGreaterThan(0)
    expect(filler(lean.markdown)).toBeLessThan(filler(full.markdown))
    expect(lean.stats.quotes).toBe(full.stats.quotes)
  })

  it('keeps an entity that only a note is about, and for chosen articles counts only notes attached to them', async () => {
    const f = await briefingFixture()
    valueOf<Note>(await f.handlers.createNote([{ title: 'عن غوغل', body: paragraph('متابعة'), attachments: [{ kind: 'entity', id: 'google' }] }]))
    valueOf<Note>(await f.handlers.createNote([{ title: 'عن المقال', body: paragraph('ملاحظة'), attachments: [{ kind: 'article', id: A002 }, { kind: 'entity', id: 'apple' }] }]))
    expect(await sectionsOf(f, { kind: 'everything' })).toEqual(expect.arrayContaining(['google', 'apple']))
    const articles = await sectionsOf(f, { kind: 'articles', articleIds: [A001] })
    expect(articles).not.toContain('google')
    expect(articles).not.toContain('apple')
    expect(articles).toContain('scale-ai')
    expect(await sectionsOf(f, { kind: 'articles', articleIds: [A002] })).toContain('apple')
  })

  it('still exports chosen entities that have nothing, and says how to ask for every entity when nothing is left', async () => {
    const f = await briefingFixture()
    expect(await sectionsOf(f, { kind: 'entities', entityIds: ['microsoft'] })).toEqual(['microsoft'])
    const input = valueOf<BriefingInput>(await gatherBriefingInput(f.backend))
    const unread = input.articles.find((a) => !input.highlights.some((h) => h.articleId === a.id))
    expect(unread).toBeDefined()
    const planned = planBriefing(input, { kind: 'articles', articleIds: [unread?.id as string] })
    expect(planned.ok).toBe(false)
    expect(planned.ok ? '' : planned.message).toMatch(/every entity/)
    expect((await sectionsOf(f, { kind: 'articles', articleIds: [unread?.id as string] }, true)).length).toBeGreaterThan(0)
  })
})
