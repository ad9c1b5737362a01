import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Entity } from '../../../src/core/entities/types'
import { parseSyncId, sameContent, SyncDocError, syncIdOf, toSyncDoc, type SyncDoc } from '../../../src/core/sync/documents'
import { SEEDS_DIR } from '../helpers/backend'

const KEY = 'a'.repeat(64)
const seedEntity = (JSON.parse(readFileSync(join(SEEDS_DIR, 'entities.json'), 'utf8')) as { entities: Entity[] }).entities[0] as Entity

describe('replicated document ids and content', () => {
  it('names each kind by its id, a highlight by its article key too, and reads the id back', () => {
    for (const ref of [{ kind: 'entity', id: 'mark-zuckerberg' }, { kind: 'note', id: 'n1' }, { kind: 'highlight', articleKey: KEY, id: 'h1' }] as const) {
      expect(parseSyncId(syncIdOf(ref))).toEqual(ref)
    }
    expect(syncIdOf({ kind: 'highlight', articleKey: KEY, id: 'h1' })).toBe(`highlight:${KEY}:h1`)
    for (const bad of ['note', 'note:', 'note:a:b', 'highlight:abc:h1', `highlight:${KEY}`, 'settings:x', '_design/x']) {
      expect(() => parseSyncId(bad), bad).toThrow(SyncDocError)
    }
  })

  it('sees the same record whatever the key order and revision fields, and a changed field as different', () => {
    const doc = toSyncDoc({ kind: 'entity', record: seedEntity })
    const reordered = { _rev: '3-abc', _conflicts: ['3-def'], ...Object.fromEntries(Object.entries(doc).reverse()) } as unknown as SyncDoc
    expect(sameContent(doc, reordered)).toBe(true)
    expect(sameContent(doc, toSyncDoc({ kind: 'entity', record: { ...seedEntity, aliases: [...seedEntity.aliases, 'زوكر'] } }))).toBe(false)
  })

  it('writes the same JSON for the same record, whatever order its keys came in (so two desks write one revision)', () => {
    const shuffled = Object.fromEntries(Object.entries(seedEntity).reverse()) as unknown as Entity
    expect(JSON.stringify(toSyncDoc({ kind: 'entity', record: shuffled }))).toBe(JSON.stringify(toSyncDoc({ kind: 'entity', record: seedEntity })))
  })

  it('never publishes what another desk would refuse', () => {
    expect(() => toSyncDoc({ kind: 'entity', record: { ...seedEntity, type: 'planet' as Entity['type'] } })).toThrow(/entity:mark-zuckerberg is not a valid Daftar document/)
    expect(() => toSyncDoc({ kind: 'entity', record: { ...seedEntity, id: 'a:b' } })).toThrow(SyncDocError)
  })
})
