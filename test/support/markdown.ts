import type { Nodes, Parent, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'

/** Parses Markdown as GitHub does (CommonMark + GFM), into an mdast tree. */
export const parseMarkdown = (markdown: string): Root => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })

/** Every node of a tree, depth first, with its parent. */
export function* nodes(node: Nodes, parent: Parent | null = null): Generator<{ node: Nodes; parent: Parent | null }> {
  yield { node, parent }
  if ('children' in node) for (const child of node.children) yield* nodes(child as Nodes, node as Parent)
}

export const all = <T extends Nodes['type']>(root: Nodes, type: T): Extract<Nodes, { type: T }>[] =>
  [...nodes(root)].map((n) => n.node).filter((n): n is Extract<Nodes, { type: T }> => n.type === type)

/** The text a reader sees: text and code as they are, hard breaks as "\n", raw HTML tags as nothing. */
export function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if (node.type === 'break') return '\n'
  if (node.type === 'html') return ''
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join(node.type === 'blockquote' || node.type === 'root' || node.type === 'listItem' ? '\n\n' : '')
  return ''
}

/** The only raw HTML a briefing may hold: its direction wrappers and section anchors. */
export const ALLOWED_HTML = /^(?:<div dir="(?:rtl|ltr)">|<\/div>|<span dir="(?:rtl|ltr)">|<\/span>|<a id="[A-Za-z0-9_-]+">|<\/a>)$/

/** Leading direction marks (RLM, LRM) the builder puts before a block's text. */
export const withoutMark = (s: string): string => s.replace(/^[\u200e\u200f]/, '')
