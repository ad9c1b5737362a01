import type { Entity } from '../../entities/types'
import { ARTICLE, packTies, type PackedTies } from './packed'
import type { ArticleTies, RelationEdge, RelationGraph, RelationNode } from './types'

/** The name a node shows: the Arabic one when there is one. */
export const nodeLabel = (e: Pick<Entity, 'nameAr' | 'nameLatin' | 'aliases'>): string => e.nameAr || e.nameLatin || e.aliases[0] || '?'

/**
 * The co-occurrence graph of a set of articles: every registry entity mentioned becomes a node
 * (its mentions and articles counted), and two entities are tied by the number of paragraphs that
 * mention both. Mentions of ids missing from the registry are ignored (an entity removed since).
 */
export function buildRelationGraph(articles: readonly ArticleTies[], entities: readonly Entity[]): RelationGraph {
  return buildFromPacked(packTies(articles, entities.map((e) => e.id)), entities)
}

/**
 * The same from packed ties (packed.ts) whose `ids` are the entities' ids in order. Entities are
 * numbered and a pair is one number (i·n + j), so the count is a Map of numbers: a library of
 * 10,000 articles and 500 entities takes well under a second.
 */
export function buildFromPacked(packed: PackedTies, entities: readonly Entity[]): RelationGraph {
  const n = entities.length
  if (packed.ids.length !== n || packed.ids.some((id, i) => id !== entities[i]?.id)) throw new Error('packed ties were made over other entities')
  const mentions = new Uint32Array(n)
  const inArticles = new Uint32Array(n)
  const seenIn = new Int32Array(n).fill(-1)
  const pairs = new Map<number, number>()
  const inParagraph: number[] = []
  const countPairs = (): void => {
    inParagraph.sort((x, y) => x - y)
    for (let x = 0; x < inParagraph.length; x++) {
      for (let y = x + 1; y < inParagraph.length; y++) {
        const key = (inParagraph[x] as number) * n + (inParagraph[y] as number)
        pairs.set(key, (pairs.get(key) ?? 0) + 1)
      }
    }
    inParagraph.length = 0
  }
  let article = -1
  for (const value of packed.data) {
    if (value < 0) {
      countPairs()
      if (value === ARTICLE) article++
      continue
    }
    mentions[value] = (mentions[value] as number) + 1
    if (seenIn[value] !== article) {
      seenIn[value] = article
      inArticles[value] = (inArticles[value] as number) + 1
    }
    if (!inParagraph.includes(value)) inParagraph.push(value)
  }
  countPairs()
  const nodes: RelationNode[] = []
  entities.forEach((e, i) => {
    if (mentions[i]) nodes.push({ id: e.id, type: e.type, label: nodeLabel(e), mentions: mentions[i] as number, articles: inArticles[i] as number })
  })
  const edges: RelationEdge[] = []
  for (const [key, weight] of pairs) {
    const a = (entities[Math.floor(key / n)] as Entity).id
    const b = (entities[key % n] as Entity).id
    edges.push(a < b ? { source: a, target: b, weight } : { source: b, target: a, weight })
  }
  return { nodes, edges: edges.sort(strongestFirst) }
}

/** Heavier ties first; ties of equal weight in a stable order (by their ends' ids). */
export const strongestFirst = (a: RelationEdge, b: RelationEdge): number =>
  b.weight - a.weight || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0)
