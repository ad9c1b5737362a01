import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NodeDocumentStorage } from '../../../src/backend/store/node-document-storage'
import type { DocumentSpec, Migration } from '../../../src/core/store/document-spec'
import { MigrationError, runMigrations } from '../../../src/core/store/migrate'
import { openDocument } from '../../../src/core/store/open-document'
import { manualClock } from '../helpers/clock'
import { faultyFs, type FaultRule } from '../helpers/faulty-fs'
import { makeTempDir } from '../helpers/temp-dir'

/** A synthetic document that went through two changes of shape: v0 {name} → v1 {title} → v2 {title, tags}. */
interface NoteV2 {
  schemaVersion: 2
  title: string
  tags: string[]
}

function notesSpec(log: string[] = []): DocumentSpec<NoteV2> {
  const migrations: Migration[] = [
    {
      from: 1,
      to: 2,
      describe: 'add tags',
      migrate: (doc) => {
        log.push('1→2')
        return { ...doc, tags: [] }
      },
    },
    {
      from: 0,
      to: 1,
      describe: 'rename name to title',
      migrate: ({ name, ...rest }) => {
        log.push('0→1')
        return { ...rest, title: name }
      },
    },
  ]
  return {
    name: 'notes',
    currentVersion: 2,
    defaults: () => ({ schemaVersion: 2, title: '', tags: [] }),
    validate: (value) => {
      const v = value as Partial<NoteV2>
      if (v.schemaVersion !== 2 || typeof v.title !== 'string' || !Array.isArray(v.tags)) throw new Error('notes is not valid')
      return { schemaVersion: 2, title: v.title, tags: v.tags }
    },
    migrations,
  }
}

describe('runMigrations', () => {
  it('applies v0→v1→v2 one step at a time, in version order whatever order the list has', () => {
    const log: string[] = []
    const v0 = { schemaVersion: 0, name: 'ملاحظات' }
    const { doc, applied } = runMigrations(v0, notesSpec(log).migrations, 2)
    expect(log).toEqual(['0→1', '1→2'])
    expect(applied.map((m) => `${m.from}→${m.to}`)).toEqual(['0→1', '1→2'])
    expect(doc).toEqual({ schemaVersion: 2, title: 'ملاحظات', tags: [] })
    expect(v0).toEqual({ schemaVersion: 0, name: 'ملاحظات' }) // the input is not changed
  })

  it('starts from the version the document is at', () => {
    const log: string[] = []
    const { doc } = runMigrations({ schemaVersion: 1, title: 't' }, notesSpec(log).migrations, 2)
    expect(log).toEqual(['1→2'])
    expect(doc).toEqual({ schemaVersion: 2, title: 't', tags: [] })
  })

  it('is a no-op on a document that is already current', () => {
    const log: string[] = []
    const current = { schemaVersion: 2, title: 't', tags: ['x'] }
    const outcome = runMigrations(current, notesSpec(log).migrations, 2)
    expect(outcome.applied).toEqual([])
    expect(outcome.doc).toEqual(current)
    expect(log).toEqual([])
  })

  it('throws MigrationError on a gap in the chain instead of skipping a version', () => {
    const onlyFirst = notesSpec().migrations.filter((m) => m.from === 0)
    expect(() => runMigrations({ schemaVersion: 0, name: 'n' }, onlyFirst, 2)).toThrow(MigrationError)
    expect(() => runMigrations({ schemaVersion: 0, name: 'n' }, onlyFirst, 2)).toThrow('no migration from schemaVersion 1')
  })

  it('throws MigrationError on a step that jumps over a version', () => {
    const jump: Migration[] = [{ from: 0, to: 2, describe: 'too far', migrate: (d) => ({ ...d, title: 'x', tags: [] }) }]
    expect(() => runMigrations({ schemaVersion: 0 }, jump, 2)).toThrow(MigrationError)
    expect(() => runMigrations({ schemaVersion: 0 }, jump, 2)).toThrow('migration from 0 must go to 1, not 2')
  })

  it('throws MigrationError on a document newer than the target or without a usable schemaVersion', () => {
    expect(() => runMigrations({ schemaVersion: 3 }, [], 2)).toThrow(MigrationError)
    for (const bad of [undefined, '1', -1, 1.5, null]) {
      expect(() => runMigrations({ schemaVersion: bad }, notesSpec().migrations, 2)).toThrow(MigrationError)
    }
  })
})

describe('openDocument with migrations', () => {
  async function setup(fault?: FaultRule) {
    const dir = await makeTempDir('migrate')
    const file = join(dir, 'notes.json')
    const faults = faultyFs(fault)
    const clock = manualClock()
    const log: string[] = []
    const open = () => openDocument(notesSpec(log), new NodeDocumentStorage<NoteV2>(dir, 'notes', { fs: faults.fs, now: clock.now }))
    return { dir, file, faults, clock, log, open }
  }

  it('migrates a v0 file to v2, saves it, and says so', async () => {
    const s = await setup()
    await fsp.writeFile(s.file, '{"schemaVersion":0,"name":"مذكرة"}\n')
    const opened = await s.open()
    expect(opened.notices).toEqual([{ kind: 'migrated', document: 'notes', from: 0, to: 2 }])
    expect(opened.low.data).toEqual({ schemaVersion: 2, title: 'مذكرة', tags: [] })
    expect(JSON.parse(await fsp.readFile(s.file, 'utf8'))).toEqual({ schemaVersion: 2, title: 'مذكرة', tags: [] })
  })

  it('writes a backup of the old document before the migrated one replaces it', async () => {
    const s = await setup()
    await fsp.writeFile(s.file, '{"schemaVersion":0,"name":"old"}\n')
    await s.open()
    const renames = s.faults.calls.filter((c) => c.op === 'rename').map((c) => c.to as string)
    const backupAt = renames.findIndex((to) => to.startsWith(join(s.dir, 'backups', 'notes.')))
    const saveAt = renames.indexOf(s.file)
    expect(backupAt).toBeGreaterThanOrEqual(0)
    expect(saveAt).toBeGreaterThan(backupAt)
    const [backup] = await fsp.readdir(join(s.dir, 'backups'))
    expect(JSON.parse(await fsp.readFile(join(s.dir, 'backups', backup as string), 'utf8'))).toEqual({ schemaVersion: 0, name: 'old' })
  })

  it('opening the migrated document again runs no migration and leaves the file as it is', async () => {
    const s = await setup()
    await fsp.writeFile(s.file, '{"schemaVersion":0,"name":"n"}\n')
    await s.open()
    const migratedBytes = await fsp.readFile(s.file)
    s.log.length = 0
    s.clock.advance(60_000)
    const again = await s.open()
    expect(again.notices).toEqual([])
    expect(s.log).toEqual([])
    expect(await fsp.readFile(s.file)).toEqual(migratedBytes)
  })

  it('treats a file its migrations cannot carry (a gap) as damaged: moved aside, never half-migrated', async () => {
    const dir = await makeTempDir('migrate-gap')
    const file = join(dir, 'notes.json')
    await fsp.writeFile(file, '{"schemaVersion":0,"name":"n"}\n')
    const spec = { ...notesSpec(), migrations: notesSpec().migrations.filter((m) => m.from === 0) }
    const opened = await openDocument(spec, new NodeDocumentStorage<NoteV2>(dir, 'notes'))
    expect(opened.notices).toEqual([expect.objectContaining({ kind: 'reset', reason: expect.stringContaining('no migration from schemaVersion 1') })])
    const aside = (await fsp.readdir(dir)).find((n) => n.startsWith('notes.json.corrupt-')) as string
    expect(await fsp.readFile(join(dir, aside), 'utf8')).toBe('{"schemaVersion":0,"name":"n"}\n')
  })

  it('still opens, migrated in memory, when the migrated document cannot be saved; the old file stays on disk', async () => {
    const s = await setup((c) => (c.op === 'open' && c.flags === 'wx' && c.path.includes('.notes.json.') ? 'EACCES' : undefined))
    await fsp.writeFile(s.file, '{"schemaVersion":0,"name":"old"}\n')
    const opened = await s.open()
    expect(opened.low.data).toEqual({ schemaVersion: 2, title: 'old', tags: [] })
    expect(opened.notices.map((n) => n.kind)).toContain('write-failed')
    expect(await fsp.readFile(s.file, 'utf8')).toBe('{"schemaVersion":0,"name":"old"}\n')
  })
})
