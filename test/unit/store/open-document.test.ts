import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BACKUPS_KEPT, NodeDocumentStorage } from '../../../src/backend/store/node-document-storage'
import { openDocument } from '../../../src/core/store/open-document'
import { settingsSpec, type SettingsDocument } from '../../../src/core/store/settings'
import { StoredDocument } from '../../../src/core/store/stored-document'
import { fileStamp, manualClock, seededRandom } from '../helpers/clock'
import { faultyFs, type FaultRule } from '../helpers/faulty-fs'
import { makeTempDir } from '../helpers/temp-dir'

const MINUTE = 60_000

const settingsWith = (fontSize: number, theme: SettingsDocument['reading']['theme'] = 'sepia'): SettingsDocument => ({
  schemaVersion: 1,
  reading: { font: 'amiri', fontSize, lineHeight: 2, theme, locale: 'ar', underlines: ['person', 'org'] },
  session: { lastArticleId: '000_fcf6e2d5e2034c53', positions: { '000_fcf6e2d5e2034c53': { offset: 120, progress: 0.25, updatedAt: '2025-02-01T10:00:00.000Z' } } },
})
const asFile = (doc: unknown): string => `${JSON.stringify(doc)}\n`

async function folder() {
  const dir = await makeTempDir('open-doc')
  const clock = manualClock()
  const file = join(dir, 'settings.json')
  const backups = join(dir, 'backups')
  const open = (fault?: FaultRule) => {
    const storage = new NodeDocumentStorage<SettingsDocument>(dir, 'settings', { now: clock.now, ...(fault ? { fs: faultyFs(fault).fs } : {}) })
    return openDocument(settingsSpec, storage)
  }
  const listBackups = async () => (await fsp.readdir(backups).catch(() => [] as string[])).sort()
  /** Puts a backup in place as if it had been taken at `takenAt`. */
  const plantBackup = async (takenAt: string, bytes: string | Buffer) => {
    await fsp.mkdir(backups, { recursive: true })
    await fsp.writeFile(join(backups, `settings.${fileStamp(new Date(takenAt))}.json`), bytes)
  }
  return { dir, clock, file, backups, open, listBackups, plantBackup }
}

describe('openDocument: a missing or good file', () => {
  it('opens defaults when there is no file yet, and writes nothing until something changes', async () => {
    const f = await folder()
    const opened = await f.open()
    expect(opened.low.data).toEqual(settingsSpec.defaults())
    expect(opened.readOnly).toBe(false)
    expect(opened.notices).toEqual([])
    expect(await fsp.readdir(f.dir)).toEqual([])

    const doc = new StoredDocument(opened.low, 'settings', opened.readOnly)
    await doc.update((d) => void (d.reading.fontSize = 24))
    expect(JSON.parse(await fsp.readFile(f.file, 'utf8')).reading.fontSize).toBe(24)
  })

  it('loads a good file as it is and keeps a backup copy of it', async () => {
    const f = await folder()
    await fsp.writeFile(f.file, asFile(settingsWith(22)))
    const opened = await f.open()
    expect(opened.low.data).toEqual(settingsWith(22))
    expect(opened.notices).toEqual([])
    const backups = await f.listBackups()
    expect(backups).toEqual([`settings.${fileStamp(f.clock.now())}.json`])
    expect(JSON.parse(await fsp.readFile(join(f.backups, backups[0] as string), 'utf8'))).toEqual(settingsWith(22))
  })

  it(`rotates backups: after many starts with different contents only the newest ${BACKUPS_KEPT} remain`, async () => {
    const f = await folder()
    const taken: string[] = []
    for (let i = 0; i < BACKUPS_KEPT + 4; i++) {
      await fsp.writeFile(f.file, asFile(settingsWith(14 + i)))
      f.clock.advance(MINUTE)
      taken.push(`settings.${fileStamp(f.clock.now())}.json`)
      await f.open()
    }
    const kept = await f.listBackups()
    expect(kept).toEqual(taken.slice(-BACKUPS_KEPT))
    const sizes = await Promise.all(kept.map(async (n) => JSON.parse(await fsp.readFile(join(f.backups, n), 'utf8')).reading.fontSize))
    expect(sizes).toEqual([18, 19, 20, 21, 22])
  })

  it('does not duplicate a backup identical to the newest one, and adds one when the file changed', async () => {
    const f = await folder()
    await fsp.writeFile(f.file, asFile(settingsWith(20)))
    await f.open()
    f.clock.advance(MINUTE)
    await f.open()
    f.clock.advance(MINUTE)
    await f.open()
    expect(await f.listBackups()).toHaveLength(1)

    await fsp.writeFile(f.file, asFile(settingsWith(21)))
    f.clock.advance(MINUTE)
    await f.open()
    expect(await f.listBackups()).toHaveLength(2)
  })

  it('still opens a good file when the backup cannot be written, and says so', async () => {
    const f = await folder()
    await fsp.writeFile(f.file, asFile(settingsWith(22)))
    const opened = await f.open((c) => (c.op === 'open' && c.path.includes(`${join('backups', '.settings.')}`) ? 'ENOSPC' : undefined))
    expect(opened.low.data).toEqual(settingsWith(22))
    expect(opened.readOnly).toBe(false)
    expect(opened.notices).toEqual([expect.objectContaining({ kind: 'backup-failed', document: 'settings', reason: expect.stringContaining('ENOSPC') })])
    expect(await fsp.readFile(f.file, 'utf8')).toBe(asFile(settingsWith(22)))
  })
})

describe('openDocument: a corrupt file', () => {
  const good = asFile(settingsWith(26, 'dark'))
  const random = seededRandom(20250301)
  // Every proper prefix of a JSON object that loses its closing brace is invalid JSON.
  const cuts = Array.from({ length: 5 }, () => 1 + Math.floor(random() * (good.trimEnd().length - 2)))

  const damaged: { name: string; bytes: Buffer }[] = [
    { name: 'an empty file', bytes: Buffer.alloc(0) },
    { name: 'a file of NUL bytes', bytes: Buffer.alloc(2048) },
    ...cuts.map((at) => ({ name: `a file truncated after ${at} bytes`, bytes: Buffer.from(good).subarray(0, at) })),
    { name: 'a file of the wrong shape (fontSize: "big")', bytes: Buffer.from(good.replace('"fontSize":26', '"fontSize":"big"')) },
    { name: 'a file with a byte-order mark in front', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(good)]) },
    {
      name: 'a file with a byte that is not UTF-8 inside a string',
      bytes: Buffer.concat([Buffer.from(good.slice(0, good.indexOf('amiri') + 3)), Buffer.from([0xff]), Buffer.from(good.slice(good.indexOf('amiri') + 4))]),
    },
    { name: 'a JSON array', bytes: Buffer.from('[1,2,3]\n') },
    { name: 'the JSON literal null', bytes: Buffer.from('null\n') },
    { name: 'an older schemaVersion with no migration (0)', bytes: Buffer.from(good.replace('"schemaVersion":1', '"schemaVersion":0')) },
  ]

  for (const c of damaged) {
    it(`moves ${c.name} aside with its bytes unchanged and restores the newest good backup, skipping a newer one that does not parse`, async () => {
      const f = await folder()
      await f.plantBackup('2025-02-27T09:00:00.000Z', asFile(settingsWith(15)))
      await f.plantBackup('2025-02-28T09:00:00.000Z', asFile(settingsWith(16)))
      await f.plantBackup('2025-03-01T07:00:00.000Z', '{"schemaVersion":1,"reading":{"fo') // newest, itself damaged
      await fsp.writeFile(f.file, c.bytes)

      const opened = await f.open()

      const quarantined = `${f.file}.corrupt-${fileStamp(f.clock.now())}`
      expect(await fsp.readFile(quarantined)).toEqual(c.bytes)
      expect(opened.readOnly).toBe(false)
      expect(opened.notices).toEqual([
        {
          kind: 'restored',
          document: 'settings',
          quarantinedTo: quarantined,
          backupTakenAt: '2025-02-28T09:00:00.000Z',
          reason: expect.stringMatching(/\S/),
        },
      ])
      expect(opened.low.data).toEqual(settingsWith(16))
      expect(JSON.parse(await fsp.readFile(f.file, 'utf8'))).toEqual(settingsWith(16))
    })
  }

  it('resets to defaults when no backup exists, still keeping the damaged file aside', async () => {
    const f = await folder()
    await fsp.writeFile(f.file, '{"schemaVersion":1,"reading":')
    const opened = await f.open()
    const quarantined = `${f.file}.corrupt-${fileStamp(f.clock.now())}`
    expect(opened.notices).toEqual([{ kind: 'reset', document: 'settings', quarantinedTo: quarantined, reason: expect.stringContaining('not valid JSON') }])
    expect(opened.low.data).toEqual(settingsSpec.defaults())
    expect(JSON.parse(await fsp.readFile(f.file, 'utf8'))).toEqual(settingsSpec.defaults())
    expect(await fsp.readFile(quarantined, 'utf8')).toBe('{"schemaVersion":1,"reading":')
  })

  it('resets to defaults when every backup is itself damaged or of another shape', async () => {
    const f = await folder()
    await f.plantBackup('2025-02-27T09:00:00.000Z', Buffer.alloc(64))
    await f.plantBackup('2025-02-28T09:00:00.000Z', asFile({ schemaVersion: 1, reading: { fontSize: 'big' } }))
    await fsp.writeFile(f.file, '')
    const opened = await f.open()
    expect(opened.notices.map((n) => n.kind)).toEqual(['reset'])
    expect(opened.low.data).toEqual(settingsSpec.defaults())
  })

  it('never overwrites an earlier quarantined file, even when two are moved aside at the same instant', async () => {
    const f = await folder()
    await fsp.writeFile(f.file, 'first damage')
    await f.open()
    await fsp.writeFile(f.file, 'second damage')
    await f.open() // same clock reading as before
    const stamp = fileStamp(f.clock.now())
    expect(await fsp.readFile(`${f.file}.corrupt-${stamp}`, 'utf8')).toBe('first damage')
    expect(await fsp.readFile(`${f.file}.corrupt-${stamp}-1`, 'utf8')).toBe('second damage')
  })

  it('leaves a damaged file untouched and opens read-only when it cannot be moved aside', async () => {
    const f = await folder()
    await fsp.writeFile(f.file, 'damaged')
    const opened = await f.open((c) => (c.op === 'rename' && c.path === f.file ? 'EACCES' : undefined))
    expect(opened.readOnly).toBe(true)
    expect(opened.notices).toEqual([{ kind: 'read-only', document: 'settings', reason: expect.stringContaining('could not be moved aside') }])
    expect(await fsp.readFile(f.file, 'utf8')).toBe('damaged')
    expect((await fsp.readdir(f.dir)).sort()).toEqual(['settings.json'])
  })
})

describe('openDocument: a file from a newer Daftar', () => {
  it('opens schemaVersion 99 read-only, leaves its bytes alone and refuses updates', async () => {
    const f = await folder()
    const newer = { ...settingsWith(28), schemaVersion: 99, futureField: { x: 1 } }
    await fsp.writeFile(f.file, asFile(newer))
    const before = await fsp.readFile(f.file)

    const opened = await f.open()
    expect(opened.readOnly).toBe(true)
    expect(opened.notices).toEqual([{ kind: 'read-only', document: 'settings', reason: expect.stringContaining('schemaVersion 99') }])
    // What this version understands of it is shown.
    expect(opened.low.data.reading.fontSize).toBe(28)

    const doc = new StoredDocument(opened.low, 'settings', opened.readOnly)
    const outcome = await doc.update((d) => void (d.reading.fontSize = 14))
    expect(outcome).toEqual({ saved: false, readOnly: true, reason: expect.stringContaining('read-only') })
    expect(await fsp.readFile(f.file)).toEqual(before)
    expect((await fsp.readdir(f.dir)).sort()).toEqual(['settings.json'])
  })

  it('shows defaults when nothing of a newer document is readable, still without touching it', async () => {
    const f = await folder()
    await fsp.writeFile(f.file, asFile({ schemaVersion: 99, everything: 'moved' }))
    const opened = await f.open()
    expect(opened.readOnly).toBe(true)
    expect(opened.low.data).toEqual(settingsSpec.defaults())
    expect(await fsp.readFile(f.file, 'utf8')).toBe(asFile({ schemaVersion: 99, everything: 'moved' }))
  })
})

describe('openDocument: additive fields', () => {
  it('loads a version-1 settings file written before "underlines" existed, with the default, as a current file', async () => {
    const f = await folder()
    const old = settingsWith(22) as { reading: Record<string, unknown> }
    delete old.reading['underlines']
    await fsp.writeFile(f.file, asFile(old))
    const opened = await f.open()
    expect(opened.notices).toEqual([])
    expect(opened.low.data.reading.underlines).toEqual(['person', 'org', 'product', 'place', 'money', 'other'])
    expect(opened.low.data.reading.fontSize).toBe(22)
  })
})

describe('openDocument: files it cannot read or cannot back up', () => {
  it('opens read-only from defaults when the file exists but cannot be read, and never writes over it', async () => {
    const f = await folder()
    await fsp.writeFile(f.file, asFile(settingsWith(22)))
    const opened = await f.open((c) => (c.op === 'readFile' && c.path === f.file ? 'EACCES' : undefined))
    expect(opened.readOnly).toBe(true)
    expect(opened.notices).toEqual([expect.objectContaining({ kind: 'read-only', document: 'settings', reason: expect.stringContaining('EACCES') })])
    const doc = new StoredDocument(opened.low, 'settings', opened.readOnly)
    expect(await doc.update((d) => void (d.reading.fontSize = 30))).toMatchObject({ saved: false, readOnly: true })
    expect(JSON.parse(await fsp.readFile(f.file, 'utf8')).reading.fontSize).toBe(22)
  })

  it('does not upgrade a file whose old version could not be backed up: it stays as it was, opened read-only', async () => {
    const dir = await makeTempDir('migrate-no-backup')
    const file = join(dir, 'settings.json')
    const old = asFile({ schemaVersion: 0, fontSize: 23 })
    await fsp.writeFile(file, old)
    const spec = {
      ...settingsSpec,
      migrations: [{ from: 0, to: 1, describe: 'nest reading settings', migrate: (d: Record<string, unknown>) => ({ ...settingsSpec.defaults(), reading: { ...settingsSpec.defaults().reading, fontSize: d['fontSize'] } }) }],
    }
    const storage = new NodeDocumentStorage<SettingsDocument>(dir, 'settings', { fs: faultyFs((c) => (c.op === 'open' && c.path.includes('backups') ? 'ENOSPC' : undefined)).fs })
    const opened = await openDocument(spec, storage)
    expect(opened.readOnly).toBe(true)
    expect(opened.low.data.reading.fontSize).toBe(23)
    expect(opened.notices.map((n) => n.kind)).toEqual(['backup-failed', 'read-only'])
    expect(await fsp.readFile(file, 'utf8')).toBe(old)
  })

  it('skips a backup with damaged bytes when restoring (strictly decoded, like the document itself)', async () => {
    const f = await folder()
    await fsp.writeFile(f.file, '{"schemaVersion":')
    // The bad bytes sit inside a free-text value (the last article id): a lenient decode would turn
    // them into U+FFFD and the backup would validate and be restored with the damage in it.
    const good = asFile(settingsWith(18))
    const at = good.indexOf('000_fcf6') + 3
    await f.plantBackup('2025-03-01T10:00:00.000Z', Buffer.concat([Buffer.from(good.slice(0, at)), Buffer.from([0xff, 0xfe]), Buffer.from(good.slice(at))]))
    await f.plantBackup('2025-02-01T10:00:00.000Z', asFile(settingsWith(26)))
    const opened = await f.open()
    expect(opened.low.data.reading.fontSize).toBe(26)
    expect(opened.notices[0]).toMatchObject({ kind: 'restored', backupTakenAt: '2025-02-01T10:00:00.000Z' })
  })
})
