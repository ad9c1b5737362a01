import { describe, expect, it } from 'vitest'
import type { Block } from '../../../src/core/corpus/types'
import type { Entity, EntityType } from '../../../src/core/entities/types'
import { buildRelationGraph } from '../../../src/core/story/relations/build'
import { layoutGraph } from '../../../src/core/story/relations/layout'
import { articleTies } from '../../../src/core/story/relations/ties'
import type { ArticleTies } from '../../../src/core/story/relations/types'
import { viewOf } from '../../../src/core/story/relations/view'

const entity = (id: string, type: EntityType = 'person', nameAr = ''): Entity => ({
  id,
  type,
  nameAr,
  nameLatin: id,
  aliases: [],
  description: '',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
})

const ENTITIES = [entity('a', 'person', 'أ'), entity('b', 'org'), entity('c', 'place'), entity('d', 'person'), entity('e', 'product')]
const tie = (articleId: string, ...paragraphs: string[][]): ArticleTies => ({ articleId, paragraphs })

describe('the relation graph counts shared paragraphs', () => {
  const graph = buildRelationGraph(
    [
      tie('x', ['a', 'b', 'a'], ['a', 'c'], ['d']),
      tie('y', ['b', 'a'], ['c', 'd', 'gone']),
    ],
    ENTITIES,
  )

  it('nodes carry type, label, mentions (every mention) and articles', () => {
    const a = graph.nodes.find((n) => n.id === 'a')
    expect(a).toEqual({ id: 'a', type: 'person', label: 'أ', mentions: 4, articles: 2 })
    expect(graph.nodes.find((n) => n.id === 'd')).toMatchObject({ mentions: 2, articles: 2, label: 'd' })
    // An entity never mentioned is not a node; an id missing from the registry is ignored.
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c', 'd'])
  })

  it('an edge weighs the paragraphs both are in (twice in one paragraph counts once), strongest first', () => {
    expect(graph.edges).toEqual([
      { source: 'a', target: 'b', weight: 2 },
      { source: 'a', target: 'c', weight: 1 },
      { source: 'c', target: 'd', weight: 1 },
    ])
  })

  it('filters by type and minimum weight, and keeps the strongest when capped', () => {
    expect(viewOf(graph, { minWeight: 2 })).toEqual({ nodes: graph.nodes.filter((n) => n.id === 'a' || n.id === 'b'), edges: [{ source: 'a', target: 'b', weight: 2 }] })
    expect(viewOf(graph, { types: ['person', 'place'] }).edges.map((e) => `${e.source}-${e.target}`)).toEqual(['a-c', 'c-d'])
    expect(viewOf(graph, { maxEdges: 1 }).edges).toEqual([{ source: 'a', target: 'b', weight: 2 }])
  })

  it('around an entity: one step is its ties (and those among its neighbours), two steps reach further', () => {
    const one = viewOf(graph, { around: 'd', steps: 1 })
    expect(one.edges).toEqual([{ source: 'c', target: 'd', weight: 1 }])
    expect(one.nodes.map((n) => n.id).sort()).toEqual(['c', 'd'])
    const two = viewOf(graph, { around: 'd', steps: 2 })
    expect(two.edges.map((e) => `${e.source}-${e.target}`)).toEqual(['c-d', 'a-c'])
    // The focus stays even when a filter leaves it alone.
    expect(viewOf(graph, { around: 'd', minWeight: 5 }).nodes.map((n) => n.id)).toEqual(['d'])
  })
})

describe('paragraph ties of an article', () => {
  it('puts each mention in its block and leaves out chrome and empty blocks', () => {
    const block = (start: number, end: number, kind: Block['kind'] = 'paragraph'): Block => ({ start, end, kind }) as Block
    const ties = articleTies({ id: 'x', blocks: [block(0, 10), block(10, 20, 'chrome'), block(20, 30), block(30, 40)] }, [
      { entityId: 'b', start: 22, end: 25 },
      { entityId: 'a', start: 1, end: 3 },
      { entityId: 'c', start: 12, end: 14 },
      { entityId: 'a', start: 26, end: 29 },
    ])
    expect(ties).toEqual({ articleId: 'x', paragraphs: [['a'], ['b', 'a']] })
  })
})

describe('the layout', () => {
  it('is the same on every run and lies within −1…1', () => {
    const graph = buildRelationGraph([tie('x', ['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['a', 'e', 'c'])], ENTITIES)
    const first = layoutGraph(graph)
    expect([...layoutGraph(graph)]).toEqual([...first])
    expect(first.size).toBe(5)
    for (const p of first.values()) {
      expect(Math.abs(p.x)).toBeLessThanOrEqual(1)
      expect(Math.abs(p.y)).toBeLessThanOrEqual(1)
    }
    // Not all on one point.
    expect(new Set([...first.values()].map((p) => `${p.x},${p.y}`)).size).toBe(5)
  })
})
