import { entityTypes, type EntityType } from '../../entities/types'
import { TYPE_LOOK, type NodeShape } from './shapes'
import type { Placed, RelationGraph } from './types'

export interface SvgText {
  title: string
  /** The name shown for each node (by id), in the document's language. */
  labelOf: (id: string) => string
  typeNames: Record<EntityType, string>
  /** The document's direction: the legend's side and its text. */
  dir: 'rtl' | 'ltr'
}

const WIDTH = 960
const HEIGHT = 720
const MARGIN = 90
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u
const FONTS = "'Noto Naskh Arabic', 'Noto Sans Arabic', 'Amiri', 'DejaVu Sans', sans-serif"

/** Text as XML character data or an attribute value: nothing in it can close a tag or an attribute. */
export const escapeXml = (text: string): string =>
  text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, '').replace(/[&<>"']/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' } as const)[c as '&']};`)

const num = (v: number): string => String(Math.round(v * 10) / 10)

/** A node's shape, as sigma draws it: the circle and square fill the radius, the diamond and triangle reach it. */
export function shapeSvg(kind: NodeShape, x: number, y: number, r: number, color: string): string {
  const points = (list: [number, number][]): string => list.map(([px, py]) => `${num(x + px)},${num(y + py)}`).join(' ')
  switch (kind) {
    case 'circle':
      return `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r)}" fill="${color}"/>`
    case 'square':
      return `<rect x="${num(x - r * 0.85)}" y="${num(y - r * 0.85)}" width="${num(r * 1.7)}" height="${num(r * 1.7)}" fill="${color}"/>`
    case 'diamond':
      return `<polygon points="${points([[0, -r], [r, 0], [0, r], [-r, 0]])}" fill="${color}"/>`
    case 'triangle':
      return `<polygon points="${points([[0, -r], [r * 0.95, r * 0.7], [-r * 0.95, r * 0.7]])}" fill="${color}"/>`
  }
}

/** A text element; Arabic text is set right to left (its letters shaped by the viewer's font). */
function label(text: string, x: number, y: number, attrs: string): string {
  const rtl = ARABIC.test(text)
  return `<text x="${num(x)}" y="${num(y)}"${rtl ? ' direction="rtl" unicode-bidi="embed"' : ''} ${attrs}>${escapeXml(text)}</text>`
}

/**
 * The graph as a standalone SVG picture: ties as lines as thick as their weight (the number of shared
 * paragraphs written on the strongest), entities shaped and coloured by type and sized by mentions,
 * their names under them, and a legend of the types drawn. Positions come from layoutGraph (−1…1),
 * so the same graph gives the same bytes.
 */
export function graphSvg(graph: RelationGraph, positions: ReadonlyMap<string, Placed>, text: SvgText): string {
  const at = (id: string): { x: number; y: number } => {
    const p = positions.get(id) ?? { x: 0, y: 0 }
    return { x: WIDTH / 2 + p.x * (WIDTH / 2 - MARGIN), y: HEIGHT / 2 + p.y * (HEIGHT / 2 - MARGIN) }
  }
  const maxMentions = Math.max(1, ...graph.nodes.map((n) => n.mentions))
  const maxWeight = Math.max(1, ...graph.edges.map((e) => e.weight))
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" font-family="${escapeXml(FONTS)}" role="img" aria-labelledby="graph-title">`,
    `<title id="graph-title">${escapeXml(text.title)}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    '<g class="edges" stroke="#8a96a3" stroke-linecap="round">',
  ]
  for (const e of graph.edges) {
    const a = at(e.source)
    const b = at(e.target)
    out.push(`<line x1="${num(a.x)}" y1="${num(a.y)}" x2="${num(b.x)}" y2="${num(b.y)}" stroke-width="${num(1 + (5 * e.weight) / maxWeight)}" stroke-opacity="0.6"><title>${e.weight}</title></line>`)
  }
  out.push('</g>', '<g class="nodes">')
  for (const n of graph.nodes) {
    const { x, y } = at(n.id)
    const r = 7 + 15 * Math.sqrt(n.mentions / maxMentions)
    const look = TYPE_LOOK[n.type]
    out.push(`<g class="node" data-id="${escapeXml(n.id)}">${shapeSvg(look.shape, x, y, r, look.color)}`)
    out.push(`${label(text.labelOf(n.id), x, y + r + 15, 'text-anchor="middle" font-size="14" fill="#1d2733" stroke="#ffffff" stroke-width="3" paint-order="stroke"')}</g>`)
  }
  out.push('</g>', legend(graph, text), '</svg>')
  return `${out.join('\n')}\n`
}

/** The types drawn, each with its shape, in a corner on the document's starting side ("start" follows each label's own direction). */
function legend(graph: RelationGraph, text: SvgText): string {
  const shown = entityTypes.filter((t) => graph.nodes.some((n) => n.type === t))
  const rtl = text.dir === 'rtl'
  const x = rtl ? WIDTH - 24 : 24
  const rows = shown.map((t, i) => {
    const y = 28 + i * 24
    const look = TYPE_LOOK[t]
    return `${shapeSvg(look.shape, x, y, 7, look.color)}${label(text.typeNames[t], rtl ? x - 16 : x + 16, y + 5, 'text-anchor="start" font-size="13" fill="#1d2733"')}`
  })
  return `<g class="legend">${rows.join('')}</g>`
}
