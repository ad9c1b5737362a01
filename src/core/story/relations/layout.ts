import Graph from 'graphology'
import forceAtlas2 from 'graphology-layout-forceatlas2'
import type { Placed, RelationGraph } from './types'

/** ForceAtlas2 iterations: enough for 500 nodes to settle into groups, within the bench's second. */
export const LAYOUT_ITERATIONS = 120

/**
 * Positions for the nodes of a graph, the same for the same graph on every run: the nodes start on
 * a circle in the graph's order (no random start) and ForceAtlas2 runs a fixed number of
 * iterations; the result is centred, scaled into −1…1 and rounded, so a briefing's SVG keeps its
 * bytes. Heavier ties pull harder (the edge weight).
 */
export function layoutGraph(graph: RelationGraph, iterations = LAYOUT_ITERATIONS): Map<string, Placed> {
  const g = new Graph({ type: 'undirected', multi: false })
  const count = graph.nodes.length
  graph.nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, count)
    g.addNode(node.id, { x: Math.cos(angle), y: Math.sin(angle), size: 1 })
  })
  for (const e of graph.edges) if (g.hasNode(e.source) && g.hasNode(e.target) && !g.hasEdge(e.source, e.target)) g.addEdge(e.source, e.target, { weight: e.weight })
  const positions = new Map<string, Placed>()
  if (count === 0) return positions
  const placed =
    count > 2
      ? forceAtlas2(g, { iterations, getEdgeWeight: 'weight', settings: { ...forceAtlas2.inferSettings(count), barnesHutOptimize: count > 300 } })
      : Object.fromEntries(g.mapNodes((id, a) => [id, { x: a['x'] as number, y: a['y'] as number }]))
  const xs = Object.values(placed).map((p) => p.x)
  const ys = Object.values(placed).map((p) => p.y)
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2
  const half = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) / 2 || 1
  const round = (v: number): number => Math.round(v * 1000) / 1000 || 0
  for (const node of graph.nodes) {
    const p = placed[node.id] as Placed
    positions.set(node.id, { x: round((p.x - cx) / half), y: round((p.y - cy) / half) })
  }
  return positions
}
