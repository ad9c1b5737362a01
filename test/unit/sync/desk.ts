import type { Backend } from '../../../src/backend/backend'
import type { Handlers } from '../../../src/backend/handlers'
import { fromSyncDoc, onArticle, sameContent, syncIdOf, toSyncDoc, type SyncDoc, type SyncRecord, type SyncRef } from '../../../src/core/sync/documents'
import { manualClock } from '../helpers/clock'
import { openHandlers, SEEDS_DIR } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'
import { memoryDatabase, replicate, type Database } from './pouch'

/**
 * One analyst's desk: a real Daftar backend on its own data folder (the bundled seeds), and the
 * desk's replica of the team database, a PouchDB memory database. What a desk adapter would do
 * (design only, docs/SYNC.md) is done here by hand: publish the store's records as documents.
 */
export interface Desk {
  name: string
  backend: Backend
  handlers: Handlers
  db: Database
  clock: ReturnType<typeof manualClock>
  /** The team key of a local article: the contentHash of its text. */
  articleKey(articleId: string): string
  /** Every entity, note and highlight of the local store, as the documents the team shares. */
  records(): Promise<SyncDoc[]>
  /** Writes each record over its current revision, unless the replica already holds the same content. */
  publish(): Promise<void>
  /** Writes the tombstone of a record the user deleted on this desk. */
  withdraw(ref: SyncRef): Promise<void>
  /** Puts a replicated record into the local store, through the services (what a desk adapter would do). */
  apply(id: string): Promise<void>
}

export async function openDesk(name: string, startIso: string): Promise<Desk> {
  const clock = manualClock(startIso)
  const { backend, handlers } = await openHandlers({ dataDir: await makeTempDir(`desk-${name}`), seedsDir: SEEDS_DIR, now: clock.now })
  const db = memoryDatabase(`desk-${name}`)
  const articleKey = (articleId: string): string => {
    const article = backend.article(articleId)
    if (!article) throw new Error(`no article ${articleId} on desk ${name}`)
    return article.contentHash
  }
  const records = async (): Promise<SyncDoc[]> => {
    const items: SyncRecord[] = [
      ...backend.entities.entities.map((record) => ({ kind: 'entity' as const, record })),
      ...(await backend.notes.all()).map((record) => ({ kind: 'note' as const, record })),
    ]
    const highlights = await backend.highlights.listAll()
    if (!highlights.ok) throw new Error(highlights.error.message)
    for (const record of highlights.value) items.push({ kind: 'highlight', articleKey: articleKey(record.articleId), record })
    return items.map(toSyncDoc)
  }
  const publish = async (): Promise<void> => {
    for (const doc of await records()) {
      const current = await db.get(doc._id).catch(() => null)
      if (current && sameContent(current, doc)) continue
      await db.put(current ? { ...doc, _rev: current._rev } : doc)
    }
  }
  const withdraw = async (ref: SyncRef): Promise<void> => {
    const current = await db.get(syncIdOf(ref))
    await db.remove(current)
  }
  const apply = async (id: string): Promise<void> => {
    const incoming = fromSyncDoc(await db.get(id))
    if (incoming.deleted) throw new Error('this helper applies live records only')
    const item = incoming.record
    if (item.kind === 'highlight') {
      const local = backend.articles().find((a) => a.contentHash === item.articleKey)
      if (!local) throw new Error(`desk ${name} has no article ${item.articleKey}`)
      const restored = await backend.highlights.restore(onArticle(item.record, local.id))
      if (!restored.ok) throw new Error(restored.error.message)
    } else if (item.kind === 'note') {
      // The collection writes notes/<id>.json durably, as the service does; the service has no "put" yet (design only).
      const outcome = await (await backend.notes.collection.get(item.record.id)).update((d) => {
        d.note = item.record
      })
      if (!outcome.saved) throw new Error(`desk ${name} could not save note ${item.record.id}`)
    } else throw new Error('entities are not applied in this simulation')
  }
  return { name, backend, handlers, db, clock, articleKey, records, publish, withdraw, apply }
}

/** Both directions through the team database, as PouchDB's sync does (push, then pull). */
export async function syncThrough(team: Database, ...desks: Desk[]): Promise<void> {
  for (const desk of desks) await replicateOnce(desk.db, team)
  for (const desk of desks) await replicateOnce(team, desk.db)
}

/** One replication, source to target; a document the target refused fails it loudly. */
export async function replicateOnce(source: Database, target: Database): Promise<void> {
  const result = await replicate(source, target)
  if (!result.ok || result.doc_write_failures > 0) throw new Error(`replication failed: ${JSON.stringify(result)}`)
}

export function teamDatabase(): Database {
  return memoryDatabase('team')
}

/** Every live document's id and winning revision: equal on two desks when they have converged. */
export async function revisions(db: Database): Promise<Array<[string, string]>> {
  const all = await db.allDocs()
  return all.rows.map((row) => [row.id, row.value.rev])
}

/** What a desk would apply to its store: every document decoded (and refused when malformed). */
export async function decodedRecords(db: Database) {
  const all = await db.allDocs({ include_docs: true })
  return all.rows.map((row) => fromSyncDoc(row.doc))
}
