import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend } from '../../../src/backend/backend'
import { DataDirLockedError, lockDataDir, probeWritable, resolveDataDir } from '../../../src/hosts/data-dir'
import { removeStaleTempFiles } from '../../../src/backend/store/node-document-storage'
import { deadPid, startIdleProcess } from '../helpers/processes'
import { makeReadOnly, makeTempDir, readOnlyFoldersPossible } from '../helpers/temp-dir'

const SEEDS = join(process.cwd(), 'seeds')
const readOnly = await readOnlyFoldersPossible()
const skipNote = readOnly.possible ? '' : ` (skipped: ${readOnly.how})`

describe('resolveDataDir', () => {
  it('prefers DAFTAR_DATA_DIR and ignores it when blank', () => {
    expect(resolveDataDir('/fallback', { DAFTAR_DATA_DIR: '/from/env' })).toBe('/from/env')
    expect(resolveDataDir('/fallback', { DAFTAR_DATA_DIR: '  ' })).toBe('/fallback')
    expect(resolveDataDir('/fallback', {})).toBe('/fallback')
  })
})

describe('probeWritable', () => {
  it('creates a missing nested folder, reports it writable and leaves no probe file behind', async () => {
    const root = await makeTempDir('probe')
    const dir = join(root, 'a', 'b')
    expect(await probeWritable(dir)).toEqual({ writable: true })
    expect(await fsp.readdir(dir)).toEqual([])
  })

  it('reports a folder that cannot exist (a file is in the way) as not writable, with the reason', async () => {
    const root = await makeTempDir('probe')
    await fsp.writeFile(join(root, 'file'), 'x')
    const probe = await probeWritable(join(root, 'file', 'data'))
    expect(probe.writable).toBe(false)
    expect(!probe.writable && probe.reason).toMatch(/Could not write in .*file[/\\]data: .*\((ENOTDIR|EEXIST)\)/)
  })

  it.skipIf(!readOnly.possible)(`reports a read-only folder as not writable${skipNote}`, async () => {
    const dir = await makeTempDir('probe-ro')
    await makeReadOnly(dir)
    const probe = await probeWritable(dir)
    expect(probe.writable).toBe(false)
    expect(!probe.writable && probe.reason).toMatch(/\((EACCES|EPERM|EROFS)\)/)
    expect(await fsp.readdir(dir)).toEqual([])
  })
})

describe('lockDataDir', () => {
  it('takes the lock by writing this process id, and releasing removes it', async () => {
    const dir = await makeTempDir('lock')
    const release = await lockDataDir(dir)
    expect(await fsp.readFile(join(dir, 'daftar.lock'), 'utf8')).toBe(String(process.pid))
    await release()
    expect(await fsp.readdir(dir)).toEqual([])
  })

  it('refuses a folder another live process holds, naming that process, and leaves its lock alone', async () => {
    const dir = await makeTempDir('lock')
    const other = await startIdleProcess()
    try {
      await fsp.writeFile(join(dir, 'daftar.lock'), String(other.pid))
      const error = await lockDataDir(dir).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(DataDirLockedError)
      expect((error as DataDirLockedError).pid).toBe(other.pid)
      expect((error as Error).message).toContain(`process ${other.pid}`)
      expect(await fsp.readFile(join(dir, 'daftar.lock'), 'utf8')).toBe(String(other.pid))
    } finally {
      await other.stop()
    }
  })

  it('refuses to open the backend on a folder another live process holds', async () => {
    const dir = await makeTempDir('lock')
    const other = await startIdleProcess()
    try {
      await fsp.writeFile(join(dir, 'daftar.lock'), String(other.pid))
      await expect(openBackend({ dataDir: dir, seedsDir: SEEDS })).rejects.toBeInstanceOf(DataDirLockedError)
    } finally {
      await other.stop()
    }
  })

  it('takes over a stale lock left by a process that has died', async () => {
    const dir = await makeTempDir('lock')
    await fsp.writeFile(join(dir, 'daftar.lock'), String(await deadPid()))
    const release = await lockDataDir(dir)
    expect(await fsp.readFile(join(dir, 'daftar.lock'), 'utf8')).toBe(String(process.pid))
    await release()
  })

  it('takes over the guard a process killed while looking at the lock left behind, once it is stale', async () => {
    const dir = await makeTempDir('lock')
    const guard = join(dir, 'daftar.lock.guard')
    await fsp.mkdir(guard)
    const longAgo = new Date(Date.now() - 60_000)
    await fsp.utimes(guard, longAgo, longAgo)
    const release = await lockDataDir(dir)
    expect(await fsp.readFile(join(dir, 'daftar.lock'), 'utf8')).toBe(String(process.pid))
    await release()
    expect(await fsp.readdir(dir)).toEqual([])
  })

  it('does not delete, on release, a lock another process has taken over meanwhile', async () => {
    const dir = await makeTempDir('lock')
    const release = await lockDataDir(dir)
    await fsp.writeFile(join(dir, 'daftar.lock'), '4242')
    await release()
    expect(await fsp.readFile(join(dir, 'daftar.lock'), 'utf8')).toBe('4242')
  })

  for (const content of ['', 'not a pid', '0', '-1']) {
    it(`takes over a damaged lock file holding ${JSON.stringify(content)}`, async () => {
      const dir = await makeTempDir('lock')
      await fsp.writeFile(join(dir, 'daftar.lock'), content)
      const release = await lockDataDir(dir)
      expect(await fsp.readFile(join(dir, 'daftar.lock'), 'utf8')).toBe(String(process.pid))
      await release()
    })
  }
})

describe('removeStaleTempFiles', () => {
  it('removes the temp files a crashed writer left beside the documents and their backups, and nothing else', async () => {
    const dir = await makeTempDir('temps')
    await fsp.mkdir(join(dir, 'backups'))
    const stale = [join(dir, '.settings.json.4242.a1b2c3d4e5f6.tmp'), join(dir, 'backups', '.settings.2025-01-01T00-00-00-000Z.json.4242.0f0f0f0f0f0f.tmp')]
    const kept = [join(dir, 'settings.json'), join(dir, 'notes.tmp'), join(dir, '.hidden'), join(dir, 'backups', 'settings.2025-01-01T00-00-00-000Z.json')]
    for (const p of [...stale, ...kept]) await fsp.writeFile(p, '{}')

    const removed = await removeStaleTempFiles(dir)

    expect(removed.sort()).toEqual([...stale].sort())
    for (const p of stale) await expect(fsp.access(p)).rejects.toThrow()
    for (const p of kept) await expect(fsp.access(p)).resolves.toBeUndefined()
  })

  it('is run when the backend opens', async () => {
    const dir = await makeTempDir('temps')
    const leftover = join(dir, '.settings.json.999.abcdefabcdef.tmp')
    await fsp.writeFile(leftover, '{"half":')
    const backend = await openBackend({ dataDir: dir, seedsDir: SEEDS })
    try {
      await expect(fsp.access(leftover)).rejects.toThrow()
    } finally {
      await backend.close()
    }
  })

  it('is run on the imports folder and its article cache when the backend opens, keeping the imported files', async () => {
    const dir = await makeTempDir('temps')
    await fsp.mkdir(join(dir, 'imports', '.articles'), { recursive: true })
    const leftovers = [join(dir, 'imports', '.page.html.999.abcdefabcdef.tmp'), join(dir, 'imports', '.articles', '.page.html.json.999.abcdefabcdef.tmp')]
    for (const p of leftovers) await fsp.writeFile(p, 'half an import')
    const kept = join(dir, 'imports', 'خبر.txt')
    await fsp.writeFile(kept, 'نص الخبر\n\nفقرة أولى من الخبر.')
    const backend = await openBackend({ dataDir: dir, seedsDir: SEEDS })
    try {
      for (const p of leftovers) await expect(fsp.access(p), p).rejects.toThrow()
      await expect(fsp.access(kept)).resolves.toBeUndefined()
    } finally {
      await backend.close()
    }
  })

  it('does nothing in a folder that does not exist', async () => {
    const dir = await makeTempDir('temps')
    expect(await removeStaleTempFiles(join(dir, 'missing'))).toEqual([])
  })
})
