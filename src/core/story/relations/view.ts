import { strongestFirst } from './build'
import type { GraphView, RelationEdge, RelationGraph } from './types'

export const DEFAULT_MAX_EDGES = 300

/**
 * The part of a graph a view asks for. In order: nodes of the chosen types; ties at least
 * `minWeight` strong between them; around an entity, only what lies within `steps` ties of it (the
 * strongest ties kept first, so a hub does not crowd out the focus's own neighbours); then at most
 * `maxEdges` of the strongest ties. A node is shown when one of its ties is, and the focus always.
 */
export function viewOf(graph: RelationGraph, view: GraphView): RelationGraph {
  const types = view.types && view.types.length > 0 ? new Set(view.types) : null
  const minWeight = Math.max(1, view.minWeight ?? 1)
  const maxEdges = Math.max(0, view.maxEdges ?? DEFAULT_MAX_EDGES)
  const nodeById = new Map(graph.nodes.filter((n) => !types || types.has(n.type) || n.id === view.around).map((n) => [n.id, n]))
  let edges = graph.edges.filter((e) => e.weight >= minWeight && nodeById.has(e.source) && nodeById.has(e.target)).sort(strongestFirst)
  if (view.around !== undefined) edges = near(edges, view.around, view.steps === 2 ? 2 : 1)
  edges = edges.slice(0, maxEdges)
  const shown = new Set(edges.flatMap((e) => [e.source, e.target]))
  if (view.around !== undefined && nodeById.has(view.around)) shown.add(view.around)
  return { nodes: graph.nodes.filter((n) => shown.has(n.id) && nodeById.has(n.id)), edges }
}

/** The ties between entities within `steps` ties of `focus` (its ego network), the focus's own first. */
function near(edges: readonly RelationEdge[], focus: string, steps: 1 | 2): RelationEdge[] {
  const reached = new Set([focus])
  let frontier = new Set([focus])
  for (let step = 0; step < steps; step++) {
    const next = new Set<string>()
    for (const e of edges) {
      if (frontier.has(e.source) && !reached.has(e.target)) next.add(e.target)
      if (frontier.has(e.target) && !reached.has(e.source)) next.add(e.source)
    }
    for (const id of next) reached.add(id)
    frontier = next
  }
  // The focus's own ties first, so the cap never drops them for ties among its neighbours.
  const own = edges.filter((e) => e.source === focus || e.target === focus)
  const rest = edges.filter((e) => e.source !== focus && e.target !== focus && reached.has(e.source) && reached.has(e.target))
  return [...own, ...rest]
}
