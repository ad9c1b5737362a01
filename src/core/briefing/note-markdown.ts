import { isDocument, MENTION, type JsonNode } from '../notes/tiptap-json'
import { leadingMark, majorityDir, isolate, type Dir, type MdBlock } from './direction'
import { safeHref } from './link-policy'
import { escapeInline, inlineCode, paragraphLines, prefixLines } from './markdown-text'

/**
 * A note's tiptap JSON as Markdown blocks: headings, lists, blockquotes, code, emphasis, strike,
 * links (http, https and mailto only; any other link keeps its text and loses its target) and
 * @mentions (links to the entity's section when it has one). Every character of text is escaped,
 * so a note holding "<img onerror=…>" or "[x](javascript:…)" exports those characters, not markup.
 * Nodes the editor does not know are exported as their text and reported (`degraded`).
 */
export interface NoteRenderContext {
  /** The anchor of an entity's section in this briefing ("#entity-…"), or null when it has none. */
  mentionHref(entityId: string): string | null
  /** How many levels a note heading moves down (a note's "##" under the note's own "####" title). */
  headingShift: number
  docDir: Dir
}

export interface RenderedNote {
  blocks: MdBlock[]
  degraded: boolean
}

interface State {
  ctx: NoteRenderContext
  degraded: boolean
}

const isNode = (v: unknown): v is JsonNode => typeof v === 'object' && v !== null && typeof (v as JsonNode).type === 'string'
const childrenOf = (n: JsonNode): JsonNode[] => (Array.isArray(n.content) ? n.content.filter(isNode) : [])
const INLINE = new Set(['text', MENTION, 'hardBreak'])
const TEXTBLOCKS = new Set(['paragraph', 'heading', 'codeBlock'])

const labelOf = (n: JsonNode): string => String(n.attrs?.['label'] ?? n.attrs?.['id'] ?? '')

/** The words of a node: mentions as their labels, blocks on their own lines. */
export function plainOf(node: JsonNode): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : ''
  if (node.type === MENTION) return labelOf(node)
  if (node.type === 'hardBreak') return '\n'
  return childrenOf(node)
    .map(plainOf)
    .join(TEXTBLOCKS.has(node.type) || childrenOf(node).every((c) => INLINE.has(c.type)) ? '' : '\n')
}

/** A run of text with emphasis: whitespace moved outside the delimiters, which cannot open or close next to it. */
function emphasise(text: string, marks: ReadonlySet<string>): string {
  if (marks.has('code')) return inlineCode(text)
  const body = text.split('\n').map(escapeInline).join('\\\n')
  const lead = /^\s*/.exec(body)?.[0] ?? ''
  const trail = /\s*$/.exec(body.slice(lead.length))?.[0] ?? ''
  let core = body.slice(lead.length, body.length - trail.length)
  if (!core) return body
  if (marks.has('strike')) core = `~~${core}~~`
  if (marks.has('italic')) core = `*${core}*`
  if (marks.has('bold')) core = `**${core}**`
  return lead + core + trail
}

const hrefOf = (node: JsonNode): string | null => {
  const link = node.marks?.find((m) => m?.type === 'link')
  return link ? safeHref(link.attrs?.['href']) : null
}

/** Inline content (text, mentions, breaks) as one paragraph's Markdown; links group adjacent text. */
function inline(nodes: readonly JsonNode[], state: State, lineDir: Dir): string {
  let out = ''
  let linkHref: string | null = null
  let linkText = ''
  const closeLink = (): void => {
    if (linkHref !== null) out += `[${linkText}](${linkHref})`
    linkHref = null
    linkText = ''
  }
  for (const node of nodes) {
    let md: string
    if (node.type === 'text') {
      md = emphasise(typeof node.text === 'string' ? node.text : '', new Set((node.marks ?? []).map((m) => m?.type)))
    } else if (node.type === MENTION) {
      const label = labelOf(node)
      const id = node.attrs?.['id']
      const href = typeof id === 'string' ? state.ctx.mentionHref(id) : null
      const text = isolate(escapeInline(label), label, lineDir)
      md = href ? `[${text}](${href})` : text
      closeLink()
      out += md
      continue
    } else if (node.type === 'hardBreak') {
      md = '\\\n'
    } else {
      state.degraded = true
      md = escapeInline(plainOf(node)).replace(/\n/g, '\\\n')
    }
    const href = node.type === 'text' ? hrefOf(node) : null
    if (href !== linkHref) closeLink()
    if (href !== null) {
      linkHref = href
      linkText += md
    } else out += md
  }
  closeLink()
  // A line after a hard break could start a list, a heading or a setext underline: neutralise.
  return out
    .split('\n')
    .map((line) => line.replace(/^([ \t]*)([-+=])/, '$1\\$2').replace(/^([ \t]*\d{1,9})([.)])/, '$1\\$2'))
    .join('\n')
}

/** The Markdown lines of one block node (nested blocks indented by their container). */
function blockLines(node: JsonNode, state: State, dir: Dir): string[] {
  const children = childrenOf(node)
  switch (node.type) {
    case 'paragraph': {
      const md = inline(children, state, dir)
      return md.trim() ? `${leadingMark(plainOf(node), dir)}${md}`.split('\n') : []
    }
    case 'heading': {
      const md = inline(children, state, dir).replace(/\\\n/g, ' ')
      if (!md.trim()) return []
      const level = Math.min(6, Math.max(1, Number(node.attrs?.['level']) || 2) + state.ctx.headingShift)
      return [`${'#'.repeat(level)} ${leadingMark(plainOf(node), dir)}${md}`]
    }
    case 'bulletList':
    case 'orderedList': {
      const start = Number.isInteger(node.attrs?.['start']) ? Number(node.attrs?.['start']) : 1
      return children.flatMap((item, i) => {
        const marker = node.type === 'bulletList' ? '- ' : `${Math.max(0, start + i)}. `
        const lines = itemLines(item, state, dir)
        return lines.length ? prefixLines(lines, marker, ' '.repeat(marker.length)).split('\n').map((l) => l.trimEnd()) : [marker.trimEnd()]
      })
    }
    case 'blockquote':
      return blocksLines(children, state, dir).map((l) => (l ? `> ${l}` : '>'))
    case 'codeBlock': {
      const code = plainOf(node)
      const fence = '`'.repeat(Math.max(3, ...[...code.matchAll(/`+/g)].map((m) => m[0].length + 1)))
      const language = typeof node.attrs?.['language'] === 'string' && /^[\w+-]{1,30}$/.test(node.attrs['language']) ? node.attrs['language'] : ''
      return [`${fence}${language}`, ...code.split('\n'), fence]
    }
    case 'horizontalRule':
      return ['***']
    case 'listItem':
      return itemLines(node, state, dir)
    case 'text':
    case MENTION:
    case 'hardBreak':
      return blockLines({ type: 'paragraph', content: [node] }, state, dir)
    default:
      state.degraded = true
      if (children.length > 0 && children.every((c) => INLINE.has(c.type))) return blockLines({ type: 'paragraph', content: children }, state, dir)
      if (children.length > 0) return blocksLines(children, state, dir)
      return node.text ? blockLines({ type: 'paragraph', content: [{ type: 'text', text: String(node.text) }] }, state, dir) : []
  }
}

const itemLines = (item: JsonNode, state: State, dir: Dir): string[] =>
  item.type === 'listItem' ? blocksLines(childrenOf(item), state, dir) : blockLines(item, state, dir)

/** Sibling blocks separated by blank lines. */
function blocksLines(nodes: readonly JsonNode[], state: State, dir: Dir): string[] {
  const out: string[] = []
  for (const node of nodes) {
    const lines = blockLines(node, state, dir)
    if (lines.length === 0) continue
    if (out.length > 0) out.push('')
    out.push(...lines)
  }
  return out
}

/** The text of a body that is not a tiptap document: a string as it is, else the text fields it holds, else its JSON. */
export function fallbackText(body: unknown): string {
  if (typeof body === 'string') return body
  const texts: string[] = []
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect)
    else if (typeof v === 'object' && v !== null) {
      const text = (v as { text?: unknown }).text
      if (typeof text === 'string') texts.push(text)
      Object.values(v).forEach((child) => child !== text && collect(child))
    }
  }
  collect(body)
  return texts.length > 0 ? texts.join('\n') : (JSON.stringify(body) ?? String(body))
}

/** Plain text as paragraphs (split at blank lines), each in its own direction. */
export function textBlocks(text: string, docDir: Dir): MdBlock[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim().length > 0)
    .map((p) => {
      const dir = majorityDir(p, docDir)
      return { dir, md: `${leadingMark(p, dir)}${paragraphLines(p).join('\n')}` }
    })
}

/**
 * A note body as blocks, or null when it is not a tiptap document (the caller exports its text with
 * a warning). Each top-level block takes the direction of the majority of its letters, as the editor
 * shows it; a block without letters follows the one before.
 */
export function noteBlocks(body: unknown, ctx: NoteRenderContext): RenderedNote | null {
  if (!isDocument(body)) return null
  const state: State = { ctx, degraded: false }
  const blocks: MdBlock[] = []
  let previous = ctx.docDir
  for (const node of childrenOf(body)) {
    const dir: Dir = node.type === 'codeBlock' ? 'ltr' : majorityDir(plainOf(node), previous)
    const lines = blockLines(node, state, dir)
    if (lines.length === 0) continue
    blocks.push({ dir, md: lines.join('\n') })
    if (node.type !== 'codeBlock') previous = dir
  }
  return { blocks, degraded: state.degraded }
}
