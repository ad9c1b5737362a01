import { createRequire } from 'node:module'
import type { SyncDoc } from '../../../src/core/sync/documents'

/**
 * The part of PouchDB's API the simulation uses, typed here: @types/pouchdb-core declares a global
 * `Buffer` interface that breaks Node's own types for the whole test program once it is imported.
 */
export type Stored = SyncDoc & { _rev: string; _conflicts?: string[]; _deleted?: boolean }
type Written = { ok: true; id: string; rev: string } | { error: string; reason: string }

export interface Database {
  get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<Stored>
  /** Every leaf of the revision tree, deleted ones included. */
  get(id: string, options: { open_revs: 'all' }): Promise<Array<{ ok: Stored } | { missing: string }>>
  put(doc: SyncDoc): Promise<{ ok: true; id: string; rev: string }>
  remove(doc: Stored): Promise<{ ok: true; id: string; rev: string }>
  bulkDocs(docs: object[]): Promise<Written[]>
  allDocs(options?: { include_docs?: boolean; conflicts?: boolean }): Promise<{ rows: Array<{ id: string; value: { rev: string }; doc?: Stored }> }>
  changes(options: { since: number; include_docs: boolean }): Promise<{ results: Array<{ id: string; deleted?: boolean; doc?: Stored }> }>
}

interface PouchStatic {
  new (name: string, options: { adapter: 'memory' }): Database
  plugin(plugin: unknown): PouchStatic
  /** From pouchdb-replication: one pass, source to target (the protocol's checkpointed replication). */
  replicate(source: Database, target: Database): Promise<{ ok: boolean; docs_written: number; doc_write_failures: number }>
}

const require = createRequire(import.meta.url)
const PouchDB = (require('pouchdb-core') as PouchStatic).plugin(require('pouchdb-adapter-memory')).plugin(require('pouchdb-replication'))

let count = 0

/** A fresh in-memory database (each one named apart: the memory adapter shares databases by name). */
export const memoryDatabase = (label: string): Database => new PouchDB(`${label}-${++count}`, { adapter: 'memory' })

export const replicate = (source: Database, target: Database) => PouchDB.replicate(source, target)
