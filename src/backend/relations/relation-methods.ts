import { buildFromPacked } from '../../core/story/relations/build'
import { layoutGraph } from '../../core/story/relations/layout'
import type { PackedTies } from '../../core/story/relations/packed'
import type { GraphView } from '../../core/story/relations/types'
import { viewOf } from '../../core/story/relations/view'
import type { Entity } from '../../core/entities/types'
import type { RelationGraphView } from '../../shared/api'

/**
 * The graph's computation, the same inline and in the relations worker: count the ties, keep the
 * view asked for, lay it out. Only plain data goes in and out, so a worker can run it.
 */
export function createRelationMethods() {
  return {
    relationGraph: (ties: PackedTies, entities: Entity[], view: GraphView, focus: string[]): RelationGraphView => {
      const full = buildFromPacked(ties, entities)
      // A scope of chosen entities: only the ties touching them (as in the briefing).
      const chosen = new Set(focus)
      const graph = chosen.size > 0 ? { nodes: full.nodes, edges: full.edges.filter((e) => chosen.has(e.source) || chosen.has(e.target)) } : full
      const passing = viewOf(graph, { ...view, maxEdges: Number.MAX_SAFE_INTEGER })
      const shown = viewOf(passing, view)
      const at = layoutGraph(shown)
      return {
        nodes: shown.nodes.map((n) => ({ ...n, ...(at.get(n.id) ?? { x: 0, y: 0 }) })),
        edges: shown.edges,
        total: { nodes: passing.nodes.length, edges: passing.edges.length },
      }
    },
  }
}

export type RelationMethods = ReturnType<typeof createRelationMethods>
