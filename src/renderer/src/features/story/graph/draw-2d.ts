import { TYPE_LOOK, type NodeShape } from '../../../../../core/story/relations/shapes'
import type { RelationGraphView } from '../../../../../shared/api'
import { drawLabels, type ScreenLabel } from './graph-labels'

const PADDING = 40

/** Where each node lands on a canvas of this size (the layout's −1…1 fitted inside the padding, y downwards as in the SVG). */
export function placeOnScreen(graph: RelationGraphView, width: number, height: number): Map<string, { x: number; y: number; r: number }> {
  const scale = Math.max(1, Math.min(width, height) / 2 - PADDING)
  const maxMentions = Math.max(1, ...graph.nodes.map((n) => n.mentions))
  return new Map(graph.nodes.map((n) => [n.id, { x: width / 2 + n.x * scale, y: height / 2 + n.y * scale, r: 4 + 12 * Math.sqrt(n.mentions / maxMentions) }]))
}

function shape(ctx: CanvasRenderingContext2D, kind: NodeShape, x: number, y: number, r: number): void {
  ctx.beginPath()
  if (kind === 'circle') ctx.arc(x, y, r, 0, 2 * Math.PI)
  else if (kind === 'square') ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7)
  else if (kind === 'diamond') {
    ctx.moveTo(x, y - r)
    ctx.lineTo(x + r, y)
    ctx.lineTo(x, y + r)
    ctx.lineTo(x - r, y)
  } else {
    ctx.moveTo(x, y - r)
    ctx.lineTo(x + r * 0.95, y + r * 0.7)
    ctx.lineTo(x - r * 0.95, y + r * 0.7)
  }
  ctx.closePath()
  ctx.fill()
}

/**
 * The graph drawn with the 2D canvas, when sigma cannot draw it (no WebGL2, or a WebGL that draws
 * wrongly — see GraphCanvas): the same positions, shapes, colours and sizes, ties as thick as their
 * weight, and the labels through the same Arabic-aware label painter.
 */
export function drawGraph2d(canvas: HTMLCanvasElement, labelsCanvas: HTMLCanvasElement, graph: RelationGraphView, labels: (at: Map<string, { x: number; y: number; r: number }>) => ScreenLabel[], font: string): Map<string, { x: number; y: number; r: number }> {
  const ratio = window.devicePixelRatio || 1
  const width = canvas.clientWidth
  const height = canvas.clientHeight
  canvas.width = Math.round(width * ratio)
  canvas.height = Math.round(height * ratio)
  const at = placeOnScreen(graph, width, height)
  const ctx = canvas.getContext('2d')
  if (!ctx) return at
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
  ctx.clearRect(0, 0, width, height)
  const maxWeight = Math.max(1, ...graph.edges.map((e) => e.weight))
  ctx.strokeStyle = 'rgba(138, 150, 163, 0.6)'
  ctx.lineCap = 'round'
  for (const e of graph.edges) {
    const a = at.get(e.source)
    const b = at.get(e.target)
    if (!a || !b) continue
    ctx.lineWidth = 0.6 + (5 * e.weight) / maxWeight
    ctx.beginPath()
    ctx.moveTo(a.x, a.y)
    ctx.lineTo(b.x, b.y)
    ctx.stroke()
  }
  for (const n of graph.nodes) {
    const p = at.get(n.id)
    if (!p) continue
    const look = TYPE_LOOK[n.type]
    ctx.fillStyle = look.color
    shape(ctx, look.shape, p.x, p.y, p.r)
  }
  drawLabels(labelsCanvas, labels(at), font)
  return at
}

/** The node under a point of the canvas (the nearest whose shape covers it), if any. */
export function nodeAt(at: ReadonlyMap<string, { x: number; y: number; r: number }>, x: number, y: number): string | null {
  let best: { id: string; d: number } | null = null
  for (const [id, p] of at) {
    const d = Math.hypot(p.x - x, p.y - y)
    if (d <= p.r + 3 && (!best || d < best.d)) best = { id, d }
  }
  return best?.id ?? null
}
