import type { RelationGraph } from './types'

/**
 * Text inside a Mermaid quoted label. Mermaid reads `#name;` and `#123;` as characters, so the
 * characters that could end the label, start markup or a Markdown string (a backtick after the
 * quote) are written that way; a line break would end the statement, so it becomes a space.
 */
export const mermaidLabel = (text: string): string =>
  text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/gu, ' ')
    .replace(/[#"`<>&]/g, (c) => `#${c.codePointAt(0)};`)
    .trim() || ' '

/**
 * A Mermaid flowchart of the graph (`graph LR`): one node per entity with an ASCII id (n1, n2… in
 * the graph's order, since entity ids may hold anything) and its name quoted, one undirected link
 * per tie labelled with the number of shared paragraphs.
 */
export function mermaidGraph(graph: RelationGraph, labelOf: (id: string) => string): string {
  const idOf = new Map(graph.nodes.map((n, i) => [n.id, `n${i + 1}`]))
  const lines = ['graph LR']
  for (const n of graph.nodes) lines.push(`  ${idOf.get(n.id)}["${mermaidLabel(labelOf(n.id))}"]`)
  for (const e of graph.edges) {
    const a = idOf.get(e.source)
    const b = idOf.get(e.target)
    if (a && b) lines.push(`  ${a} ---|${e.weight}| ${b}`)
  }
  return lines.join('\n')
}
