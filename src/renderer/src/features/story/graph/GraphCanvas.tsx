import Graph from 'graphology'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import Sigma, { DEFAULT_STYLES } from 'sigma'
import { layerFill, sdfCircle, sdfDiamond, sdfSquare, sdfTriangle } from 'sigma/rendering'
import { TYPE_LOOK } from '../../../../../core/story/relations/shapes'
import type { RelationGraphView } from '../../../../../shared/api'
import { drawGraph2d, nodeAt } from './draw-2d'
import { drawLabels, type ScreenLabel } from './graph-labels'
import { hasWebGL2 } from './webgl'

interface Props {
  graph: RelationGraphView
  /** The entity in focus: drawn larger, its label in bold. */
  focusId: string | null
  label: string
  onOpenEntity: (id: string) => void
  /** Told which renderer drew the graph (sigma, or the plain 2D fallback). */
  onRenderer: (renderer: Renderer) => void
}

export type Renderer = 'sigma' | 'plain'

/** More labels than this crowd the picture: the most mentioned are named, the rest on hover. */
const LABELS_SHOWN = 80
const LABEL_FONT = "'Noto Naskh Arabic', 'Noto Sans Arabic', system-ui, sans-serif"

/** The graph as sigma builds it: nodes shaped, coloured and sized as in the briefing's SVG. */
function toGraphology(view: RelationGraphView, focusId: string | null): Graph {
  const g = new Graph({ type: 'undirected' })
  const maxMentions = Math.max(1, ...view.nodes.map((n) => n.mentions))
  const maxWeight = Math.max(1, ...view.edges.map((e) => e.weight))
  for (const n of view.nodes) {
    const look = TYPE_LOOK[n.type]
    // Sigma's y grows upwards; the layout's (and the SVG's) downwards: flip, so both pictures agree.
    g.addNode(n.id, { x: n.x, y: -n.y, size: (n.id === focusId ? 6 : 4) + 14 * Math.sqrt(n.mentions / maxMentions), color: look.color, shape: look.shape, label: n.label })
  }
  for (const e of view.edges) {
    if (!g.hasEdge(e.source, e.target)) g.addEdge(e.source, e.target, { size: 0.6 + (5 * e.weight) / maxWeight, color: '#9aa5b1' })
  }
  return g
}

const hex = (color: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as [number, number, number]

/**
 * Whether sigma's first frame is plausible. The stage's corners lie in its padding, where neither a
 * node nor a tie can be, so a corner painted in a node's colour means the WebGL implementation drew
 * wrongly. (Headless Chromium's SwiftShader does: sigma 4 fills the whole stage with one node.) Read
 * inside afterRender, before the frame is composited and its buffer cleared.
 */
function frameLooksRight(gl: WebGL2RenderingContext, colors: readonly string[]): boolean {
  const w = gl.drawingBufferWidth
  const h = gl.drawingBufferHeight
  const pixel = new Uint8Array(4)
  const palette = colors.map(hex)
  for (const [x, y] of [[2, 2], [w - 3, 2], [2, h - 3], [w - 3, h - 3]] as const) {
    gl.readPixels(x, y, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel)
    const [r, g, b, a] = pixel as unknown as [number, number, number, number]
    if (a > 200 && palette.some(([pr, pg, pb]) => Math.abs(pr - r) + Math.abs(pg - g) + Math.abs(pb - b) < 24)) return false
  }
  return true
}

/** Labels in drawing order: the focus and the hovered first, then by mentions; only the most mentioned are named. */
function labelOrder(graph: RelationGraphView, focusId: string | null): (hovered: string | null) => RelationGraphView['nodes'] {
  const named = new Set([...graph.nodes].sort((a, b) => b.mentions - a.mentions).slice(0, LABELS_SHOWN).map((n) => n.id))
  const ranked = [...graph.nodes].sort((a, b) => Number(b.id === focusId) - Number(a.id === focusId) || b.mentions - a.mentions)
  return (hovered) => [...ranked.filter((n) => n.id === hovered), ...ranked.filter((n) => n.id !== hovered && named.has(n.id))]
}

/**
 * The relation graph drawn by sigma.js (WebGL2), with the labels drawn over it on a 2D canvas
 * (graph-labels.ts explains why); a plain 2D drawing of the same picture when sigma cannot draw.
 * A click on an entity opens its page; the table below the canvas is the keyboard's and the screen
 * reader's way in, so the canvas itself is not focusable.
 */
export function GraphCanvas({ graph, focusId, label, onOpenEntity, onRenderer }: Props): ReactNode {
  const container = useRef<HTMLDivElement>(null)
  const plain = useRef<HTMLCanvasElement>(null)
  const overlay = useRef<HTMLCanvasElement>(null)
  const [renderer, setRenderer] = useState<Renderer>(() => (hasWebGL2() ? 'sigma' : 'plain'))
  const open = useRef(onOpenEntity)
  useEffect(() => {
    open.current = onOpenEntity
  }, [onOpenEntity])

  useEffect(() => onRenderer(renderer), [renderer, onRenderer])

  useEffect(() => {
    const host = container.current
    const labelsCanvas = overlay.current
    if (renderer !== 'sigma' || !host || !labelsCanvas) return
    const sigma = new Sigma(toGraphology(graph, focusId), host, {
      primitives: { nodes: { shapes: [sdfCircle(), sdfSquare(), sdfDiamond(), sdfTriangle()], layers: [layerFill()] } },
      styles: {
        nodes: [DEFAULT_STYLES.nodes, { shape: { attribute: 'shape' }, labelVisibility: 'hidden', cursor: 'pointer' }],
        edges: [DEFAULT_STYLES.edges],
      },
      settings: { renderLabels: false, renderEdgeLabels: false, stagePadding: 40 },
    })
    const order = labelOrder(graph, focusId)
    let hovered: string | null = null
    let checked = false
    const paintLabels = (): void => {
      const labels: ScreenLabel[] = []
      for (const n of order(hovered)) {
        const shown = sigma.getNodeDisplayData(n.id)
        if (!shown) continue
        const at = sigma.graphToViewport({ x: n.x, y: -n.y })
        labels.push({ text: n.label, x: at.x, y: at.y, radius: shown.size, strong: n.id === focusId || n.id === hovered })
      }
      drawLabels(labelsCanvas, labels, LABEL_FONT)
    }
    const afterFrame = (): void => {
      if (!checked) {
        checked = true
        if (!frameLooksRight(sigma.getWebGLContext(), Object.values(TYPE_LOOK).map((l) => l.color))) {
          setRenderer('plain')
          return
        }
      }
      paintLabels()
    }
    sigma.on('afterRender', afterFrame)
    // The constructor drew the first frame already (synchronously, so its buffer is still readable).
    afterFrame()
    sigma.on('clickNode', ({ node }) => open.current(node))
    sigma.on('enterNode', ({ node }) => {
      hovered = node
      paintLabels()
    })
    sigma.on('leaveNode', () => {
      hovered = null
      paintLabels()
    })
    // The bench and the e2e test move the camera through this handle.
    ;(host as HTMLDivElement & { sigma?: Sigma }).sigma = sigma
    return () => sigma.kill()
  }, [graph, focusId, renderer])

  useEffect(() => {
    const canvas = plain.current
    const labelsCanvas = overlay.current
    if (renderer !== 'plain' || !canvas || !labelsCanvas) return
    const order = labelOrder(graph, focusId)
    const at = drawGraph2d(canvas, labelsCanvas, graph, (placed) =>
      order(null).flatMap((n) => {
        const p = placed.get(n.id)
        return p ? [{ text: n.label, x: p.x, y: p.y, radius: p.r, strong: n.id === focusId }] : []
      }), LABEL_FONT)
    const click = (event: MouseEvent): void => {
      const box = canvas.getBoundingClientRect()
      const id = nodeAt(at, event.clientX - box.left, event.clientY - box.top)
      if (id) open.current(id)
    }
    const hover = (event: MouseEvent): void => {
      const box = canvas.getBoundingClientRect()
      canvas.style.cursor = nodeAt(at, event.clientX - box.left, event.clientY - box.top) ? 'pointer' : ''
    }
    canvas.addEventListener('click', click)
    canvas.addEventListener('mousemove', hover)
    // The e2e test finds nodes through this handle.
    ;(canvas as HTMLCanvasElement & { placed?: typeof at }).placed = at
    return () => {
      canvas.removeEventListener('click', click)
      canvas.removeEventListener('mousemove', hover)
    }
  }, [graph, focusId, renderer])

  return (
    <div className="graph-canvas-wrap" data-renderer={renderer}>
      {renderer === 'sigma' ? (
        <div ref={container} key="sigma" className="graph-canvas" role="img" aria-label={label} data-nodes={graph.nodes.length} data-edges={graph.edges.length} />
      ) : (
        <canvas ref={plain} key="plain" className="graph-canvas" role="img" aria-label={label} data-nodes={graph.nodes.length} data-edges={graph.edges.length} />
      )}
      <canvas ref={overlay} className="graph-labels" aria-hidden="true" />
    </div>
  )
}
