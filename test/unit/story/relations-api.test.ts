import { describe, expect, it } from 'vitest'
import { relationMethods } from '../../../src/backend/relations/relation-service'
import type { RelationGraphView } from '../../../src/shared/api'
import { openHandlers, SEED_IDS, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

async function seeds() {
  return openHandlers({ dataDir: await makeTempDir('relations'), seedsDir: SEEDS_DIR })
}

/** The entities tied to `id` in a graph. */
const neighbours = (g: RelationGraphView, id: string): Set<string> => new Set(g.edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : [])))

describe('getRelationGraph over the seeds', () => {
  it('answers the library’s entities placed for drawing, ties weighted by shared paragraphs', async () => {
    const { handlers } = await seeds()
    const graph = valueOf<RelationGraphView>(await handlers.getRelationGraph([{}]))
    expect(graph.nodes.length).toBeGreaterThan(10)
    expect(graph.edges.length).toBe(graph.total.edges)
    const meta = graph.nodes.find((n) => n.id === 'meta')
    expect(meta).toMatchObject({ type: 'org', label: 'ميتا' })
    expect(meta?.articles).toBe(5)
    for (const n of graph.nodes) expect(Math.abs(n.x) <= 1 && Math.abs(n.y) <= 1).toBe(true)
    // The strongest tie first; Meta and OpenAI share the most paragraphs in the seeds.
    expect(graph.edges[0]).toMatchObject({ source: 'meta', target: 'openai' })
  })

  it('around an entity, by type, by minimum weight, within a scope', async () => {
    const { handlers } = await seeds()
    const around = valueOf<RelationGraphView>(await handlers.getRelationGraph([{ around: 'alexandr-wang', steps: 1 }]))
    const everything = valueOf<RelationGraphView>(await handlers.getRelationGraph([{ maxEdges: 5000 }]))
    const near = neighbours(everything, 'alexandr-wang')
    // One step: the focus and exactly the entities tied to it.
    expect(new Set(around.nodes.map((n) => n.id))).toEqual(new Set(['alexandr-wang', ...near]))
    const two = valueOf<RelationGraphView>(await handlers.getRelationGraph([{ around: 'alexandr-wang', steps: 2 }]))
    expect(two.nodes.length).toBeGreaterThan(around.nodes.length)

    const people = valueOf<RelationGraphView>(await handlers.getRelationGraph([{ types: ['person'] }]))
    expect(people.nodes.length).toBeGreaterThan(1)
    expect(people.nodes.every((n) => n.type === 'person')).toBe(true)

    const strong = valueOf<RelationGraphView>(await handlers.getRelationGraph([{ minWeight: 5 }]))
    expect(strong.edges.length).toBeGreaterThan(0)
    expect(strong.edges.every((e) => e.weight >= 5)).toBe(true)

    const one = valueOf<RelationGraphView>(await handlers.getRelationGraph([{ scope: { kind: 'articles', articleIds: [SEED_IDS[4]] } }]))
    const all = valueOf<RelationGraphView>(await handlers.getRelationGraph([{}]))
    expect(one.total.edges).toBeLessThan(all.total.edges)
    expect(Math.max(...one.nodes.map((n) => n.articles))).toBe(1)

    const capped = valueOf<RelationGraphView>(await handlers.getRelationGraph([{ maxEdges: 5 }]))
    expect(capped.edges).toEqual(all.edges.slice(0, 5))
    expect(capped.total.edges).toBe(all.total.edges)
  })

  it('refuses bad requests clearly: an unknown entity, a third step, a weight of zero', async () => {
    const { handlers } = await seeds()
    expect(await handlers.getRelationGraph([{ around: 'nobody' }])).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await handlers.getRelationGraph([{ around: 'meta', steps: 3 }])).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(await handlers.getRelationGraph([{ minWeight: 0 }])).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(await handlers.getRelationGraph([{ scope: { kind: 'articles', articleIds: ['missing'] } }])).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('the relations worker answers the same graph as the inline path', async () => {
    const { backend } = await seeds()
    const inline = valueOf<RelationGraphView>(await relationMethods(backend).getRelationGraph({ around: 'meta', steps: 2 }))
    const threaded = valueOf<RelationGraphView>(await relationMethods(backend, { offThreadMentions: 0 }).getRelationGraph({ around: 'meta', steps: 2 }))
    expect(threaded).toEqual(inline)
  })
})
