import { getSchema } from '@tiptap/core'
import type { Node as PmNode, Schema } from '@tiptap/pm/model'
import { isDocument, type JsonNode } from '../../../../core/notes/tiptap-json'
import { noteExtensions } from './extensions'

export type LoadCheck = { ok: true; doc: PmNode } | { ok: false; reason: string }

let cached: Schema | null = null
/** The editor's schema, built once from the same extensions the editor uses. */
export const noteSchema = (): Schema => (cached ??= getSchema(noteExtensions()))

const isEmptyArray = (v: unknown): boolean => Array.isArray(v) && v.length === 0
const isEmptyObject = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0

/**
 * True when everything `stored` says is said the same way by `loaded`: the editor may add default
 * attributes, but must not drop a node, a mark, an attribute or a character. Empty arrays and
 * objects count as absent (the editor omits them).
 */
export function keepsEverything(stored: unknown, loaded: unknown): boolean {
  if (stored === loaded) return true
  if (Array.isArray(stored)) return Array.isArray(loaded) && stored.length === loaded.length && stored.every((item, i) => keepsEverything(item, loaded[i]))
  if (typeof stored === 'object' && stored !== null) {
    if (typeof loaded !== 'object' || loaded === null) return false
    const target = loaded as Record<string, unknown>
    return Object.entries(stored).every(([k, v]) =>
      k in target ? keepsEverything(v, target[k]) : v === undefined || v === null || isEmptyArray(v) || isEmptyObject(v),
    )
  }
  return false
}

const marksKey = (node: JsonNode): string => JSON.stringify(node.marks ?? [])

/**
 * The body as the editor would hold it, with nothing lost: adjacent text nodes with the same marks
 * joined and empty text nodes dropped. The backend writes such runs when an entity is deleted (its
 * mentions become plain text between two other texts), and ProseMirror refuses empty text nodes.
 */
export function canonicalBody(node: JsonNode): JsonNode {
  if (!Array.isArray(node.content)) return node
  const content: JsonNode[] = []
  for (const raw of node.content) {
    if (raw === null || typeof raw !== 'object') {
      content.push(raw)
      continue
    }
    const child = canonicalBody(raw)
    if (child.type === 'text' && child.text === '') continue
    const last = content[content.length - 1]
    if (last && last.type === 'text' && child.type === 'text' && typeof last.text === 'string' && typeof child.text === 'string' && marksKey(last) === marksKey(child)) {
      content[content.length - 1] = { ...last, text: last.text + child.text }
    } else content.push(child)
  }
  return { ...node, content }
}

/**
 * Whether a stored note body can be opened in the editor without losing anything. A body that is
 * not a document, names a node or mark the editor does not know, breaks the schema's content rules
 * or would lose data on the way in is refused: the note then opens read-only with its raw text,
 * and nothing is saved over it. (Handing tiptap a string would even parse it as HTML.)
 */
export function checkBody(body: unknown, schema: Schema = noteSchema()): LoadCheck {
  if (!isDocument(body)) return { ok: false, reason: 'the body is not a tiptap document' }
  // A document with no blocks has nothing to lose: it opens as one empty paragraph.
  if (!body.content || body.content.length === 0) return { ok: true, doc: schema.topNodeType.createAndFill() as PmNode }
  try {
    const canonical = canonicalBody(body)
    const doc = schema.nodeFromJSON(canonical)
    doc.check()
    if (!keepsEverything(canonical, doc.toJSON())) return { ok: false, reason: 'the editor would drop part of the body' }
    return { ok: true, doc }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  }
}
