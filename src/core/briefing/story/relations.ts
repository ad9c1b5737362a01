import type { Article } from '../../corpus/types'
import { articleTies } from '../../story/relations/ties'
import { buildRelationGraph } from '../../story/relations/build'
import { layoutGraph } from '../../story/relations/layout'
import { mermaidGraph } from '../../story/relations/mermaid'
import { graphSvg } from '../../story/relations/svg'
import type { RelationEdge, RelationGraph } from '../../story/relations/types'
import { viewOf } from '../../story/relations/view'
import { leadingMark, type MdBlock } from '../direction'
import { escapeInline, tableCell } from '../markdown-text'
import { articleLink, heading, sentence, value, type RenderContext } from '../render-context'
import { entityName } from '../render-entity'
import type { BriefingInput, BriefingPlan } from '../select'
import type { StoryWriter } from './section'

/** At most this many ties in the Mermaid block, the picture and the table: beyond, a graph is a hairball. */
export const BRIEFING_TIES = 30

/**
 * The briefing's relations section: the entities in scope and their strongest ties, as a Mermaid
 * graph (GitHub, VS Code and Obsidian draw it), as an SVG picture written beside the Markdown, and
 * as a table citing the first paragraph each pair shares (a deep link). The graph is drawn over the
 * scope's articles; when the scope names entities (or has entity sections), only ties touching them.
 */
export const relationsSection: StoryWriter = (plan, input, ctx) => {
  const lang = ctx.docDir === 'rtl' ? 'ar' : 'en'
  const full = buildRelationGraph(plan.articles.map((a) => articleTies(a, input.mentionsIn(a))), input.entities)
  const focus = new Set(plan.entities.map((p) => p.entity.id))
  const candidates = focus.size > 0 ? full.edges.filter((e) => focus.has(e.source) || focus.has(e.target)) : full.edges
  const graph = viewOf({ nodes: full.nodes, edges: candidates }, { maxEdges: BRIEFING_TIES })
  if (graph.edges.length === 0) return null

  const l = ctx.labels
  const entityById = new Map(input.entities.map((e) => [e.id, e]))
  const labelOf = (id: string): string => {
    const e = entityById.get(id)
    return e ? entityName(e, lang) : id
  }
  const svgName = ctx.besideName?.('.relations.svg') ?? 'briefing.relations.svg'
  const svg = graphSvg(graph, layoutGraph(graph), { title: l.relations, labelOf, typeNames: l.types, dir: ctx.docDir })
  const picture = `![${escapeInline(l.relationsPicture)}](./${encodeURIComponent(svgName).replace(/[()'!*]/g, (c) => `%${(c.codePointAt(0) as number).toString(16).toUpperCase()}`)})`
  const blocks: MdBlock[] = [
    heading(2, l.relations, ctx, 'relations'),
    sentence(l.relationsIntro(graph.nodes.length, graph.edges.length, candidates.length), ctx),
    { dir: 'ltr', md: `\`\`\`mermaid\n${mermaidGraph(graph, labelOf)}\n\`\`\`` },
    { dir: ctx.docDir, md: `${leadingMark(l.relationsPicture, ctx.docDir)}${picture}` },
    tiesTable(graph, plan, input, ctx, labelOf),
  ]
  return { title: l.relations, anchor: 'relations', blocks, files: [{ name: svgName, content: svg, mediaType: 'image/svg+xml' }] }
}

/** One row per tie: the two entities (linked to their sections when they have one), the paragraphs they share, the first of them. */
function tiesTable(graph: RelationGraph, plan: BriefingPlan, input: BriefingInput, ctx: RenderContext, labelOf: (id: string) => string): MdBlock {
  const l = ctx.labels
  const first = firstSharedParagraphs(graph.edges, plan.articles, input)
  const name = (id: string): string => {
    const anchor = ctx.entityAnchors.get(id)
    const shown = value(labelOf(id), ctx)
    return anchor ? `[${shown}](#${anchor})` : shown
  }
  const line = (cells: string[]): string => `| ${cells.map(tableCell).join(' | ')} |`
  const rows = graph.edges.map((e) => {
    const at = first.get(key(e))
    return line([name(e.source), name(e.target), String(e.weight), at ? articleLink(at.article, ctx, at.range) : ' '])
  })
  return { dir: ctx.docDir, md: [line([l.entity, l.tiedTo, l.sharedParagraphs, l.firstShared].map(escapeInline)), '| --- | --- | --- | --- |', ...rows].join('\n') }
}

const key = (e: Pick<RelationEdge, 'source' | 'target'>): string => `${e.source}\u0000${e.target}`

/** Where each tie is first seen, in library then reading order: the article and the paragraph's range. */
function firstSharedParagraphs(edges: readonly RelationEdge[], articles: readonly Article[], input: BriefingInput): Map<string, { article: Article; range: { start: number; end: number } }> {
  const wanted = new Set(edges.map(key))
  const found = new Map<string, { article: Article; range: { start: number; end: number } }>()
  for (const article of articles) {
    if (found.size === wanted.size) break
    const mentions = input.mentionsIn(article)
    for (const block of article.blocks) {
      if (block.kind === 'chrome') continue
      const ids = [...new Set(mentions.filter((m) => m.start >= block.start && m.end <= block.end).map((m) => m.entityId))].sort()
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const k = key({ source: ids[i] as string, target: ids[j] as string })
          if (wanted.has(k) && !found.has(k)) found.set(k, { article, range: { start: block.start, end: block.end } })
        }
      }
    }
  }
  return found
}
