import { describe, expect, it } from 'vitest'
import type { AnchoredHighlight } from '../../../src/core/highlights/anchored'
import type { Entity } from '../../../src/core/entities/types'
import type { Note } from '../../../src/core/store/notes'
import { conflictOf, resolution } from '../../../src/core/sync/conflicts'
import { fromSyncDoc, syncIdOf, SyncDocError, type SyncDoc } from '../../../src/core/sync/documents'
import { SEED_IDS, valueOf } from '../helpers/backend'
import { decodedRecords, openDesk, replicateOnce, revisions, syncThrough, teamDatabase, type Desk } from './desk'

/**
 * Two analysts' desks share their work through a team database (standing in for the CouchDB
 * server) with PouchDB's own replication, memory adapter. Every record starts in a real Daftar
 * store, made through the real services; see docs/SYNC.md for what is design only.
 */

const ARTICLE = SEED_IDS[3] as string
const PHRASE_A = 'استثمرت ميتا 14.3 مليار دولار في شركة Scale AI'
const PHRASE_B = 'وجويل بوبار مهندس في شركة Anthropic'

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })

async function highlight(desk: Desk, phrase: string, comment = ''): Promise<AnchoredHighlight> {
  const text = desk.backend.article(ARTICLE)?.text as string
  const start = text.indexOf(phrase)
  if (start < 0) throw new Error('seed 003 changed')
  const [created] = valueOf<AnchoredHighlight[]>(await desk.handlers.createHighlights([{ articleId: ARTICLE, start, end: start + phrase.length, color: 'yellow', comment }]))
  return created as AnchoredHighlight
}

const highlightRef = (desk: Desk, h: AnchoredHighlight) => ({ kind: 'highlight' as const, articleKey: desk.articleKey(h.articleId), id: h.id })

/** Two desks with their own work, published and replicated once through the team database. */
async function twoDesksInSync() {
  const a = await openDesk('a', '2025-03-01T08:00:00.000Z')
  const b = await openDesk('b', '2025-03-01T09:00:00.000Z')
  const team = teamDatabase()
  const onA = await highlight(a, PHRASE_A, 'تعليق من المكتب أ')
  const noteA = valueOf<Note>(await a.handlers.createNote([{ title: 'ميتا و Scale AI', body: doc('مسودة أولى'), attachments: [{ kind: 'article', id: ARTICLE }] }]))
  const entityA = valueOf<Entity>(
    await a.handlers.createEntity([{ type: 'person', nameAr: 'جويل بوبار', nameLatin: 'Joel Pobar', aliases: ['بوبار'], description: 'Engineer at Anthropic, formerly at Meta' }]),
  )
  const onB = await highlight(b, PHRASE_B)
  const noteB = valueOf<Note>(await b.handlers.createNote([{ title: 'Anthropic', body: doc('ملاحظة المكتب ب'), attachments: [] }]))
  await a.publish()
  await b.publish()
  await syncThrough(team, a, b)
  return { a, b, team, onA, onB, noteA, noteB, entityA }
}

describe('two desks sharing through CouchDB replication (PouchDB, memory adapter)', () => {
  it('converge: the same documents at the same revisions, and the starter registry both hold is one revision, not a conflict', async () => {
    const { a, b, team, onA, noteA, noteB, entityA } = await twoDesksInSync()
    const seedEntities = b.backend.entities.entities.length
    const onDisk = await revisions(a.db)
    expect(onDisk).toHaveLength(seedEntities + 1 + 2 + 2) // + A's entity, two notes, two highlights
    expect(await revisions(b.db)).toEqual(onDisk)
    expect(await revisions(team)).toEqual(onDisk)
    const withConflicts = await a.db.allDocs({ include_docs: true, conflicts: true })
    expect(withConflicts.rows.filter((row) => (row.doc as { _conflicts?: string[] })._conflicts)).toEqual([])
    // Every seed entity was written by both desks on their own: same content, so the same revision.
    expect(onDisk.filter(([id]) => id === 'entity:mark-zuckerberg')[0]?.[1]).toMatch(/^1-/)

    // What reached B decodes to exactly what A's store holds (B's own local articleId stands for the key).
    const arrived = await decodedRecords(b.db)
    const find = (id: string) => arrived.find((x) => !x.deleted && x.ref.id === id)
    expect(find(noteA.id)).toMatchObject({ record: { kind: 'note', record: noteA } })
    expect(find(entityA.id)).toMatchObject({ record: { kind: 'entity', record: entityA } })
    const { anchor: _a, articleId: _id, ...storedA } = onA
    expect(find(onA.id)).toMatchObject({ record: { kind: 'highlight', articleKey: a.articleKey(ARTICLE), record: storedA } })
    expect(find(noteB.id)).toBeDefined()
    expect(await b.db.get(syncIdOf(highlightRef(a, onA)))).toBeDefined()
  })

  it('a highlight deleted on desk A arrives deleted on desk B', async () => {
    const { a, b, team, onA } = await twoDesksInSync()
    const id = syncIdOf(highlightRef(a, onA))
    valueOf(await a.handlers.deleteHighlight([onA.id]))
    await a.withdraw(highlightRef(a, onA))
    await syncThrough(team, a, b)
    await expect(b.db.get(id)).rejects.toMatchObject({ status: 404, reason: 'deleted' })
    const changes = await b.db.changes({ since: 0, include_docs: true })
    const last = changes.results.find((c) => c.id === id)
    expect(last?.deleted).toBe(true)
    expect(fromSyncDoc(last?.doc)).toEqual({ deleted: true, ref: highlightRef(a, onA) })
    expect(await revisions(b.db)).toEqual(await revisions(a.db))
  })

  it('a highlight deleted on A while B edits it comes back with B’s edit on both desks (a live leaf beats a deleted one)', async () => {
    const { a, b, team, onA } = await twoDesksInSync()
    const id = syncIdOf(highlightRef(a, onA))
    await b.apply(id)
    valueOf(await a.handlers.deleteHighlight([onA.id]))
    await a.withdraw(highlightRef(a, onA))
    b.clock.advance(60_000)
    valueOf(await b.handlers.updateHighlight([onA.id, { comment: 'تعديل من المكتب ب' }]))
    await b.publish()
    await syncThrough(team, a, b)
    for (const desk of [a, b]) {
      const shown = (await desk.db.get(id, { conflicts: true })) as SyncDoc & { _conflicts?: string[] }
      expect(shown).toMatchObject({ type: 'highlight', highlight: { comment: 'تعديل من المكتب ب' } })
      expect(shown._conflicts).toBeUndefined() // a deleted leaf is not listed as a conflict…
      const leaves = await desk.db.get(id, { open_revs: 'all' })
      const states = leaves.map((leaf) => ('ok' in leaf ? Boolean(leaf.ok._deleted) : 'missing')).sort()
      expect(states).toEqual([false, true]) // …but A's deletion is still a leaf of the tree: the UI can tell A
    }
    expect(await revisions(b.db)).toEqual(await revisions(a.db))
  })

  it('one note edited on both desks is exactly one conflict: both versions readable, the same winner on both desks, resolved to no conflict', async () => {
    const { a, b, team, noteA } = await twoDesksInSync()
    const id = syncIdOf({ kind: 'note', id: noteA.id })
    await b.apply(id)
    a.clock.advance(3_600_000)
    b.clock.advance(3_600_000)
    valueOf(await a.handlers.saveNote([noteA.id, { title: noteA.title, body: doc('نسخة المكتب أ'), attachments: noteA.attachments }]))
    valueOf(await b.handlers.saveNote([noteA.id, { title: noteA.title, body: doc('نسخة المكتب ب'), attachments: noteA.attachments }]))
    await a.publish()
    await b.publish()
    await syncThrough(team, a, b)

    const seen = []
    for (const desk of [a, b]) {
      const all = await desk.db.allDocs({ include_docs: true, conflicts: true })
      const inConflict = all.rows.filter((row) => (row.doc as { _conflicts?: string[] })._conflicts)
      expect(inConflict.map((row) => row.id)).toEqual([id])
      const shown = (await desk.db.get(id, { conflicts: true })) as SyncDoc & { _conflicts: string[] }
      expect(shown._conflicts).toHaveLength(1)
      const other = await desk.db.get(id, { rev: shown._conflicts[0] as string })
      const conflict = conflictOf(shown, [other])
      expect(conflict?.identical).toBe(false)
      expect(conflict?.versions[0]?.rev).toBe(shown._rev) // the rule in conflicts.ts picks what PouchDB shows
      expect(conflict?.choices.map((c) => c.text.split('\n')[1]).sort()).toEqual(['نسخة المكتب أ', 'نسخة المكتب ب'])
      seen.push({ winner: shown._rev, versions: conflict?.versions.map((v) => v.rev) })
    }
    expect(seen[0]).toEqual(seen[1])

    // The analyst on A keeps the version PouchDB did not show first, so its content has to be carried over.
    const shown = (await a.db.get(id, { conflicts: true })) as SyncDoc & { _conflicts: string[] }
    const conflict = conflictOf(shown, [await a.db.get(id, { rev: shown._conflicts[0] as string })])
    const kept = conflict?.versions[1]
    if (!conflict || !kept) throw new Error('no conflict to resolve')
    const written = await a.db.bulkDocs(resolution(conflict, kept.rev))
    expect(written.every((w) => 'ok' in w && w.ok)).toBe(true)
    await syncThrough(team, a, b)
    for (const desk of [a, b]) {
      const after = (await desk.db.get(id, { conflicts: true })) as SyncDoc & { _conflicts?: string[] }
      expect(after._conflicts).toBeUndefined()
      expect(conflictOf(after, [])).toBeNull()
      expect(fromSyncDoc(after)).toMatchObject({ record: { record: { body: (kept.record.record as Note).body } } })
    }
    expect(await revisions(b.db)).toEqual(await revisions(a.db))
  })

  it('refuses a malformed replicated document with a clear error, and loses nothing: it stays in the replica, the store is untouched', async () => {
    const { a, b, team, onA, noteA } = await twoDesksInSync()
    const good = (await a.db.get(syncIdOf(highlightRef(a, onA)))) as SyncDoc & { highlight: Record<string, unknown> }
    const { _rev: _dropped, ...goodBody } = good
    const bad: Array<[Record<string, unknown>, RegExp]> = [
      [{ ...goodBody, _id: `${good._id}-red`, highlight: { ...good.highlight, id: `${onA.id}-red`, color: 'red' } }, /color/],
      [{ _id: 'note:not-this-one', type: 'note', schemaVersion: 1, note: noteA }, /does not name its content/],
      [{ _id: `note:${noteA.id}-next`, type: 'note', schemaVersion: 2, note: { ...noteA, id: `${noteA.id}-next` } }, /newer Daftar/],
      [{ _id: 'settings', type: 'settings', schemaVersion: 1 }, /not a Daftar document id/],
    ]
    for (const [value] of bad) await team.put(value as SyncDoc) // a buggy desk, a newer one, a stray tool
    const before = { highlights: valueOf(await b.handlers.listAllHighlights([])), notes: valueOf(await b.handlers.listNotes([])) }
    await replicateOnce(team, b.db)
    for (const [value, reason] of bad) {
      const arrived = await b.db.get(value._id as string) // still there, as it came
      expect(() => fromSyncDoc(arrived)).toThrow(SyncDocError)
      expect(() => fromSyncDoc(arrived)).toThrow(reason)
      await expect(b.apply(value._id as string)).rejects.toThrow(reason) // the path that writes the store refuses it first
    }
    expect(valueOf(await b.handlers.listAllHighlights([]))).toEqual(before.highlights)
    expect(valueOf(await b.handlers.listNotes([]))).toEqual(before.notes)
  })
})
