import { plainText } from '../notes/tiptap-json'
import { fromSyncDoc, sameContent, SyncDocError, type SyncDoc, type SyncRecord, type SyncRef } from './documents'

/**
 * A conflict: one record edited on two desks between two replications. CouchDB and PouchDB keep
 * both versions (the leaves of the document's revision tree), show every desk the same one, and
 * leave the choice to the application. This file says which one is shown, what the user is asked,
 * and what to write once they have chosen; the database does the rest.
 */

/** One leaf of a document's revision tree. */
export interface Leaf {
  rev: string
  deleted: boolean
}

/**
 * CouchDB's deterministic rule, the one PouchDB implements (pouchdb-merge winningRev): a live leaf
 * beats a deleted one, then the longer history (the generation before the "-") wins, then the
 * greater revision id in plain string order. No desk asks another: all of them pick the same.
 * Negative when `a` wins.
 */
export function byWinningRule(a: Leaf, b: Leaf): number {
  if (a.deleted !== b.deleted) return a.deleted ? 1 : -1
  const [genA, idA] = splitRev(a.rev)
  const [genB, idB] = splitRev(b.rev)
  if (genA !== genB) return genB - genA
  return idA === idB ? 0 : idA > idB ? -1 : 1
}

function splitRev(rev: string): [number, string] {
  const dash = rev.indexOf('-')
  const generation = Number(rev.slice(0, dash))
  if (dash < 1 || !Number.isInteger(generation)) throw new SyncDocError(`"${rev}" is not a revision (<generation>-<id>).`)
  return [generation, rev.slice(dash + 1)]
}

export interface Version {
  rev: string
  doc: SyncDoc
  record: SyncRecord
}

export interface Choice {
  rev: string
  updatedAt: string
  /** What the user compares: a note's title and text, an entity's names and description, a highlight's colour and comment. */
  text: string
}

export interface Conflict {
  ref: SyncRef
  /** Every version, the one every desk shows first (the winner by the rule). */
  versions: Version[]
  /** All versions hold the same record (two desks made the same change): resolved without asking. */
  identical: boolean
  /** What the user is asked: which version to keep, in the rule's order. */
  choices: Choice[]
}

/**
 * The conflict a document is in, from the document as `get(id, { conflicts: true })` returns it and
 * each revision its `_conflicts` lists, as `get(id, { rev })` returns them. Null when there is none.
 * Every version goes through fromSyncDoc: a malformed one is refused here, never offered as a choice.
 */
export function conflictOf(shown: SyncDoc & { _conflicts?: string[] }, others: readonly SyncDoc[]): Conflict | null {
  if (!shown._conflicts?.length) return null
  const wanted = new Set(shown._conflicts)
  const docs = [shown, ...others.filter((d) => d._rev !== undefined && wanted.has(d._rev))]
  if (docs.length !== shown._conflicts.length + 1) throw new SyncDocError(`${shown._id}: the conflicting revisions given are not the ones it lists.`)
  const versions = docs
    .map((doc) => ({ rev: doc._rev as string, doc, record: recordOf(doc) }))
    .sort((a, b) => byWinningRule({ rev: a.rev, deleted: false }, { rev: b.rev, deleted: false }))
  const first = versions[0] as Version
  return {
    ref: fromSyncDoc(first.doc).ref,
    versions,
    identical: versions.every((v) => sameContent(v.doc, first.doc)),
    choices: versions.map((v) => ({ rev: v.rev, updatedAt: v.record.record.updatedAt, text: describe(v.record) })),
  }
}

function recordOf(doc: SyncDoc): SyncRecord {
  const incoming = fromSyncDoc(doc)
  if (incoming.deleted) throw new SyncDocError(`${doc._id}: a deleted revision is not a version to choose.`)
  return incoming.record
}

function describe(item: SyncRecord): string {
  if (item.kind === 'note') return [item.record.title, plainText(item.record.body)].filter(Boolean).join('\n')
  if (item.kind === 'entity') return [item.record.nameAr, item.record.nameLatin, item.record.descriptionAr ?? '', item.record.description].filter(Boolean).join('\n')
  return [item.record.color, item.record.comment].filter(Boolean).join('\n')
}

export type Tombstone = { _id: string; _rev: string; _deleted: true }

/**
 * What to write (with bulkDocs, in one request) to keep version `keep`: its content as the next
 * revision of the shown branch, and every other leaf deleted, so one live leaf remains and every
 * desk that replicates it has no conflict left. Keeping the shown version writes only the deletions.
 */
export function resolution(conflict: Conflict, keep: string): Array<SyncDoc | Tombstone> {
  const kept = conflict.versions.find((v) => v.rev === keep)
  if (!kept) throw new SyncDocError(`${keep} is not one of the versions in conflict.`)
  const shown = conflict.versions[0] as Version
  const writes: Array<SyncDoc | Tombstone> = []
  if (kept !== shown) {
    const { _conflicts: _dropped, ...content } = kept.doc as SyncDoc & { _conflicts?: string[] }
    writes.push({ ...content, _rev: shown.rev })
  }
  for (const v of conflict.versions) if (v !== shown) writes.push({ _id: v.doc._id, _rev: v.rev, _deleted: true })
  return writes
}
