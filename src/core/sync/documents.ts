import { z } from 'zod'
import type { Entity } from '../entities/types'
import { highlightSchema, type Highlight } from '../store/annotations'
import { entitySchema } from '../store/entities'
import { noteSchema, type Note } from '../store/notes'

/**
 * Daftar's records as the documents a team replicates (CouchDB replication protocol: a CouchDB
 * server, PouchDB on each desk; see docs/SYNC.md). One document per entity, note and highlight, so
 * two desks editing different records never touch the same document, and a conflict is about one
 * record, never about a whole file of them.
 *
 * Pure: no database here. A desk's adapter puts what toSyncDoc makes and reads what replication
 * brought through fromSyncDoc, which refuses anything malformed before it can reach the local store.
 */

/** The shape of the replicated documents. A desk refuses a newer one rather than misread it. */
export const SYNC_DOC_VERSION = 1

/**
 * The team's name for an article: the contentHash of its text when it joined the team library.
 * Local article ids are file stems (two desks may store one article under two names); the text's
 * hash is what two desks that imported the same article agree on without talking.
 */
const articleKeySchema = z.string().regex(/^[0-9a-f]{64}$/, 'an article key is a sha-256 in hex')

/** A highlight as the team sees it: without the desk's local article id (it travels as the key). */
const teamHighlightSchema = highlightSchema.omit({ articleId: true })
export type TeamHighlight = z.infer<typeof teamHighlightSchema>

export type SyncRecord =
  | { kind: 'entity'; record: Entity }
  | { kind: 'note'; record: Note }
  | { kind: 'highlight'; articleKey: string; record: TeamHighlight }

/** What names a record in the team database; also all that a deletion (tombstone) carries. */
export type SyncRef = { kind: 'entity' | 'note'; id: string } | { kind: 'highlight'; articleKey: string; id: string }

export type SyncDoc = { _id: string; _rev?: string; schemaVersion: typeof SYNC_DOC_VERSION } & (
  | { type: 'entity'; entity: Entity }
  | { type: 'note'; note: Note }
  | { type: 'highlight'; articleKey: string; highlight: TeamHighlight }
)

/** What fromSyncDoc found: a record to write into the local store, or one to delete from it. */
export type Incoming = { deleted: false; ref: SyncRef; record: SyncRecord } | { deleted: true; ref: SyncRef }

/** A replicated document this desk will not apply. It stays in the replica untouched: nothing is lost. */
export class SyncDocError extends Error {
  override name = 'SyncDocError'
}

/**
 * `entity:<id>`, `note:<id>`, `highlight:<articleKey>:<id>`. The kind comes first so one kind is one
 * key range (allDocs with startkey/endkey, no view needed); a highlight's article comes next so the
 * highlights of one article are one range too, which is what the reader asks for.
 */
export function syncIdOf(ref: SyncRef): string {
  return ref.kind === 'highlight' ? `highlight:${ref.articleKey}:${ref.id}` : `${ref.kind}:${ref.id}`
}

/** Reads a document id back into what it names (record ids never contain ':'; article keys are hex). */
export function parseSyncId(id: string): SyncRef {
  const [kind, first, second, ...rest] = id.split(':')
  if (rest.length === 0) {
    if ((kind === 'entity' || kind === 'note') && first && second === undefined) return { kind, id: first }
    if (kind === 'highlight' && first && second && articleKeySchema.safeParse(first).success) return { kind, articleKey: first, id: second }
  }
  throw new SyncDocError(`"${id.slice(0, 120)}" is not a Daftar document id (entity:<id>, note:<id> or highlight:<article key>:<id>).`)
}

const recordIdSchema = z.string().min(1).max(100).regex(/^[^:]+$/, 'a record id has no ":"')

const docSchemas = {
  entity: z.object({ type: z.literal('entity'), schemaVersion: z.literal(SYNC_DOC_VERSION), entity: entitySchema.extend({ id: recordIdSchema }) }),
  note: z.object({ type: z.literal('note'), schemaVersion: z.literal(SYNC_DOC_VERSION), note: noteSchema.extend({ id: recordIdSchema }) }),
  highlight: z.object({
    type: z.literal('highlight'),
    schemaVersion: z.literal(SYNC_DOC_VERSION),
    articleKey: articleKeySchema,
    highlight: teamHighlightSchema.extend({ id: recordIdSchema }),
  }),
}

/**
 * The document for a record, keys in schema order. Validated on the way out too: a desk must never
 * publish what another desk would refuse, and the fixed key order makes two desks that hold the
 * same record write byte-identical JSON (PouchDB 9 and CouchDB derive a revision from the content,
 * so those two writes are one revision, not a conflict). A desk's Highlight may be given as it is:
 * its local articleId is dropped (the key stands for it).
 */
export function toSyncDoc(item: SyncRecord): SyncDoc {
  const ref: SyncRef = item.kind === 'highlight' ? { kind: 'highlight', articleKey: item.articleKey, id: item.record.id } : { kind: item.kind, id: item.record.id }
  const _id = syncIdOf(ref)
  const body =
    item.kind === 'entity'
      ? { type: item.kind, schemaVersion: SYNC_DOC_VERSION, entity: item.record }
      : item.kind === 'note'
        ? { type: item.kind, schemaVersion: SYNC_DOC_VERSION, note: item.record }
        : { type: item.kind, schemaVersion: SYNC_DOC_VERSION, articleKey: item.articleKey, highlight: item.record }
  return { _id, ...check(_id, docSchemas[item.kind], body) } as SyncDoc
}

/**
 * What a replicated document means for the local store. Throws SyncDocError, with one readable
 * line, for anything that is not a current Daftar document: the wrong shape, an id that does not
 * name what the body holds (a desk could otherwise overwrite another record), a newer version.
 */
export function fromSyncDoc(doc: unknown): Incoming {
  if (typeof doc !== 'object' || doc === null || typeof (doc as { _id?: unknown })._id !== 'string') {
    throw new SyncDocError('A replicated document without an _id was refused.')
  }
  const value = doc as Record<string, unknown> & { _id: string }
  const ref = parseSyncId(value._id)
  if (value._deleted === true) return { deleted: true, ref }
  if (typeof value.schemaVersion === 'number' && value.schemaVersion > SYNC_DOC_VERSION) {
    throw new SyncDocError(`${value._id} was written by a newer Daftar (document version ${value.schemaVersion}); it waits in the team database until this desk is updated.`)
  }
  const record = decode(ref, value)
  if (record.record.id !== ref.id) throw new SyncDocError(`${value._id} holds the record "${record.record.id}": its id does not name its content.`)
  return { deleted: false, ref, record }
}

function decode(ref: SyncRef, value: Record<string, unknown> & { _id: string }): SyncRecord {
  if (ref.kind === 'highlight') {
    const parsed = check(value._id, docSchemas.highlight, value)
    if (parsed.articleKey !== ref.articleKey) throw new SyncDocError(`${value._id} says it is on article ${parsed.articleKey}: its id does not name its content.`)
    return { kind: 'highlight', articleKey: parsed.articleKey, record: parsed.highlight }
  }
  if (ref.kind === 'entity') return { kind: 'entity', record: check(value._id, docSchemas.entity, value).entity }
  return { kind: 'note', record: check(value._id, docSchemas.note, value).note }
}

function check<S extends z.ZodType>(id: string, schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  throw new SyncDocError(`${id} is not a valid Daftar document: ${z.prettifyError(result.error).replace(/\n+/g, '; ')}`)
}

/** The desk's highlight record for a team highlight, once the article key is resolved to a local article. */
export const onArticle = (record: TeamHighlight, articleId: string): Highlight => ({ ...record, articleId })

/**
 * True when two documents hold the same record: revision and conflict fields aside, and whatever
 * the order of keys (a database gives a document back with `_id` and `_rev` moved).
 */
export function sameContent(a: SyncDoc, b: SyncDoc): boolean {
  return a._id === b._id && canonical(a) === canonical(b)
}

/** JSON with sorted keys, without the database's own top-level fields (`_id`, `_rev`, `_conflicts`…). */
function canonical(doc: SyncDoc): string {
  const body = Object.fromEntries(Object.entries(doc).filter(([k]) => !k.startsWith('_')))
  return JSON.stringify(body, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v,
  )
}
