/**
 * Reading and rewriting tiptap JSON without tiptap: a note's body is a tree of
 * `{ type, attrs?, content?, text?, marks? }` nodes. Entity mentions are `mention` nodes whose
 * `attrs.id` is the entity id and `attrs.label` the name shown.
 */
export interface JsonNode {
  type: string
  attrs?: Record<string, unknown>
  content?: JsonNode[]
  text?: string
  marks?: { type: string; attrs?: Record<string, unknown> }[]
}

export const MENTION = 'mention'

/**
 * How deep a body may nest. The editor's deepest honest shape (lists in quotes in lists) stays far
 * below; every reader of a body recurses, and 1,500 levels overflowed the stack after the note was
 * already on disk — a note that could then be neither opened nor deleted.
 */
export const MAX_BODY_DEPTH = 200

/** True when no node of `value` sits deeper than `limit` levels of `content` (walked without recursion). */
export function withinDepth(value: unknown, limit = MAX_BODY_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number]
    if (depth > limit) return false
    const content = typeof node === 'object' && node !== null ? (node as JsonNode).content : undefined
    if (Array.isArray(content)) for (const child of content) stack.push([child, depth + 1])
  }
  return true
}

/** True when the value has the outer shape of a tiptap document (the editor checks the rest). */
export function isDocument(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && (value as JsonNode).type === 'doc' && (Array.isArray((value as JsonNode).content) || (value as JsonNode).content === undefined)
}

function* walk(node: JsonNode): Generator<JsonNode> {
  yield node
  if (Array.isArray(node.content)) for (const child of node.content) if (child && typeof child === 'object') yield* walk(child)
}

/** Entity ids mentioned in a body, in order of first appearance. */
export function mentionedEntities(body: unknown): string[] {
  if (!isDocument(body)) return []
  const ids = new Set<string>()
  for (const node of walk(body)) {
    const id = node.type === MENTION ? node.attrs?.['id'] : undefined
    if (typeof id === 'string' && id.length > 0) ids.add(id)
  }
  return [...ids]
}

/** Blocks whose children are inline (text, mentions, breaks): joined without separators. */
const TEXTBLOCKS = new Set(['paragraph', 'heading', 'codeBlock'])

function textOf(node: JsonNode): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : ''
  if (node.type === MENTION) return String(node.attrs?.['label'] ?? node.attrs?.['id'] ?? '')
  if (node.type === 'hardBreak') return '\n'
  const children = Array.isArray(node.content) ? node.content.filter((c) => c && typeof c === 'object') : []
  return children.map(textOf).join(TEXTBLOCKS.has(node.type) ? '' : '\n')
}

/** The text of a body: blocks on their own lines, mentions as their labels. */
export function plainText(body: unknown): string {
  return isDocument(body) ? textOf(body).trim() : ''
}

/**
 * Rewrites the mention nodes of a body (a merge renames, a deletion turns them into plain text).
 * Returns a new body; the input is not changed. `replace` returns the node to put instead, or null
 * to drop it.
 */
export function mapMentions(body: unknown, replace: (node: JsonNode) => JsonNode | null): unknown {
  if (!isDocument(body)) return body
  const copy = (node: JsonNode): JsonNode | null => {
    const mapped = node.type === MENTION ? replace(node) : node
    if (!mapped) return null
    return Array.isArray(mapped.content) ? { ...mapped, content: mapped.content.map(copy).filter((n): n is JsonNode => n !== null) } : { ...mapped }
  }
  return copy(body)
}
