import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ReadingSettings } from '../../../src/core/store/settings'
import type { Library } from '../../../src/shared/api'
import { openHandlers, SEED_IDS, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeReadOnly, makeTempDir, readOnlyFoldersPossible } from '../helpers/temp-dir'

const readOnly = await readOnlyFoldersPossible()
const skipNote = readOnly.possible ? '' : ` (skipped: ${readOnly.how})`

describe.skipIf(!readOnly.possible)(`openBackend on a data folder that refuses writes${skipNote}`, () => {
  const saved = { schemaVersion: 1, reading: { font: 'amiri', fontSize: 26, lineHeight: 2, theme: 'dark', locale: 'ar', underlines: ['person'] }, session: { lastArticleId: null, positions: {} } }

  async function readOnlyFolder(withSettings: boolean) {
    const dataDir = await makeTempDir('ro-data')
    if (withSettings) await fsp.writeFile(join(dataDir, 'settings.json'), `${JSON.stringify(saved)}\n`)
    await makeReadOnly(dataDir)
    return dataDir
  }

  it('still opens: the library is there, the saved settings are read, and the user is told the folder is not writable', async () => {
    const dataDir = await readOnlyFolder(true)
    const { backend, handlers } = await openHandlers({ dataDir, seedsDir: SEEDS_DIR })
    expect(valueOf<Library>(await handlers.listLibrary([])).articles.map((a) => a.id)).toEqual(SEED_IDS)
    expect(valueOf<ReadingSettings>(await handlers.getSettings([]))).toEqual(saved.reading)
    expect(backend.notices).toContainEqual({ kind: 'not-writable', document: dataDir, reason: expect.stringMatching(/\((EACCES|EPERM|EROFS)\)/) })
    expect(backend.settings.readOnly).toBe(false)
  })

  it('answers a settings update with write-failed, keeps the change in memory marked unsaved, and leaves the file as it was', async () => {
    const dataDir = await readOnlyFolder(true)
    const file = join(dataDir, 'settings.json')
    const before = await fsp.readFile(file)
    const { backend, handlers } = await openHandlers({ dataDir, seedsDir: SEEDS_DIR })

    const result = await handlers.updateSettings([{ fontSize: 18 }])

    expect(result).toMatchObject({ ok: false, error: { code: 'write-failed', message: expect.stringMatching(/Could not save .*settings\.json/) } })
    expect(backend.settings.data.reading.fontSize).toBe(18)
    expect(backend.settings.unsaved).toMatch(/settings\.json/)
    expect(backend.notices).toContainEqual(expect.objectContaining({ kind: 'write-failed', document: 'settings' }))
    expect(await fsp.readFile(file)).toEqual(before)
    expect((await fsp.readdir(dataDir)).sort()).toEqual(['settings.json'])
  })

  it('opens defaults when the read-only folder holds no settings yet, and refuses to save them the same way', async () => {
    const dataDir = await readOnlyFolder(false)
    const { backend, handlers } = await openHandlers({ dataDir, seedsDir: SEEDS_DIR })
    expect(valueOf<ReadingSettings>(await handlers.getSettings([])).fontSize).toBe(20)
    const saved = await handlers.saveReadingPosition([SEED_IDS[0], { offset: 10, progress: 0.1 }])
    expect(saved).toMatchObject({ ok: false, error: { code: 'write-failed' } })
    expect(backend.settings.data.session.lastArticleId).toBe(SEED_IDS[0])
    expect(backend.settings.unsaved).not.toBeNull()
    expect(await fsp.readdir(dataDir)).toEqual([])
  })
})

describe('a failed save is not lost', () => {
  it('writes a change kept in memory with the next successful save', async () => {
    // The same path as above, without needing a read-only folder: the disk refuses once, then accepts.
    const dataDir = await makeTempDir('retry-data')
    const { backend, handlers } = await openHandlers({ dataDir, seedsDir: SEEDS_DIR })
    await fsp.mkdir(join(dataDir, 'settings.json')) // a folder where the file should go: rename fails
    expect(await handlers.updateSettings([{ fontSize: 31 }])).toMatchObject({ ok: false, error: { code: 'write-failed' } })
    expect(backend.settings.unsaved).not.toBeNull()

    await fsp.rmdir(join(dataDir, 'settings.json'))
    valueOf(await handlers.updateSettings([{ theme: 'sepia' }]))
    expect(backend.settings.unsaved).toBeNull()
    expect(JSON.parse(await fsp.readFile(join(dataDir, 'settings.json'), 'utf8')).reading).toMatchObject({ fontSize: 31, theme: 'sepia' })
  })
})
