import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DurableJsonFile } from '../../../src/backend/store/durable-json-file'
import { CorruptDocumentError } from '../../../src/core/store/storage-port'
import { failTimes, faultyFs, type FsCall } from '../helpers/faulty-fs'
import { makeTempDir } from '../helpers/temp-dir'

interface Doc {
  schemaVersion: number
  n: number
  label?: string
}

const onDisk = async (path: string): Promise<unknown> => JSON.parse(await fsp.readFile(path, 'utf8'))
const leftovers = async (dir: string): Promise<string[]> => (await fsp.readdir(dir)).filter((n) => n.endsWith('.tmp'))

async function setup(initial?: Doc) {
  const dir = await makeTempDir('durable')
  const path = join(dir, 'doc.json')
  if (initial) await fsp.writeFile(path, `${JSON.stringify(initial)}\n`)
  const faults = faultyFs()
  return { dir, path, faults, file: new DurableJsonFile<Doc>(path, faults.fs) }
}

const isTempWrite = (op: FsCall['op']) => (c: FsCall) => c.op === op && c.path.endsWith('.tmp')
const isTempOpen = (c: FsCall) => c.op === 'open' && c.flags === 'wx'
const isRename = (c: FsCall) => c.op === 'rename'

describe('DurableJsonFile: writing', () => {
  it('writes a document that a fresh adapter reads back identically from disk', async () => {
    const { path, file } = await setup()
    await file.write({ schemaVersion: 1, n: 7, label: 'دفتر' })
    expect(await new DurableJsonFile<Doc>(path).read()).toEqual({ schemaVersion: 1, n: 7, label: 'دفتر' })
  })

  it('keeps an acknowledged write on disk: the file holds it the moment write() resolves', async () => {
    const { dir, path, file } = await setup({ schemaVersion: 1, n: 0 })
    for (let n = 1; n <= 5; n++) {
      await file.write({ schemaVersion: 1, n })
      expect(await onDisk(path)).toEqual({ schemaVersion: 1, n })
    }
    expect(await leftovers(dir)).toEqual([])
  })

  it('serialises the live object at call time, so a later mutation cannot leak into an earlier write', async () => {
    const { path, file } = await setup()
    const live: Doc = { schemaVersion: 1, n: 1 }
    const first = file.write(live)
    live.n = 2
    await first
    // lowdb hands over its live object; only a write of n=2 may put n=2 on disk, and none was asked for.
    expect(await onDisk(path)).toEqual({ schemaVersion: 1, n: 1 })
  })

  it('serialises and coalesces a burst: 50 unawaited writes all resolve, the file holds the last, in far fewer than 50 disk writes', async () => {
    const { dir, path, faults, file } = await setup()
    const writes = Array.from({ length: 50 }, (_, n) => file.write({ schemaVersion: 1, n }))
    await expect(Promise.all(writes)).resolves.toHaveLength(50)
    expect(await onDisk(path)).toEqual({ schemaVersion: 1, n: 49 })
    const diskWrites = faults.renamesOnto(path)
    expect(diskWrites).toBeGreaterThanOrEqual(1)
    expect(diskWrites).toBeLessThanOrEqual(3)
    expect(await leftovers(dir)).toEqual([])
  })

  it('never runs two writes of one file at the same time', async () => {
    const { path, faults, file } = await setup()
    let inFlight = 0
    let maxInFlight = 0
    faults.setFault((call) => {
      if (isTempOpen(call)) maxInFlight = Math.max(maxInFlight, ++inFlight)
      if (call.op === 'rename') inFlight--
      return undefined
    })
    const bursts: Promise<void>[] = []
    for (let round = 0; round < 10; round++) {
      bursts.push(file.write({ schemaVersion: 1, n: round }))
      await new Promise((resolve) => setImmediate(resolve))
    }
    await Promise.all(bursts)
    expect(maxInFlight).toBe(1)
    expect(await onDisk(path)).toEqual({ schemaVersion: 1, n: 9 })
  })

  it('gives every write a unique temp file beside the target and leaves none behind after success', async () => {
    const { dir, path, faults } = await setup()
    // Two adapters on one path stand for two writers: they must never share a temp name.
    const a = new DurableJsonFile<Doc>(path, faults.fs)
    const b = new DurableJsonFile<Doc>(path, faults.fs)
    await Promise.all([a.write({ schemaVersion: 1, n: 1 }), b.write({ schemaVersion: 1, n: 2 })])
    await a.write({ schemaVersion: 1, n: 3 })
    const temps = faults.tempFiles()
    expect(temps.length).toBe(3)
    expect(new Set(temps).size).toBe(3)
    for (const t of temps) expect(t.startsWith(join(dir, '.doc.json.'))).toBe(true)
    expect(await fsp.readdir(dir)).toEqual(['doc.json'])
  })
})

describe('DurableJsonFile: faults (injected through the DurableFs seam)', () => {
  const original: Doc = { schemaVersion: 1, n: 0, label: 'original' }
  const faultCases: { name: string; code: string; match: (c: FsCall) => boolean }[] = [
    { name: 'writeFile fails with ENOSPC (disk full)', code: 'ENOSPC', match: isTempWrite('writeFile') },
    { name: 'writeFile fails with EIO', code: 'EIO', match: isTempWrite('writeFile') },
    { name: 'fsync of the temp file fails with ENOSPC', code: 'ENOSPC', match: isTempWrite('sync') },
    { name: 'fsync of the temp file fails with EIO', code: 'EIO', match: isTempWrite('sync') },
    { name: 'opening the temp file fails with EACCES', code: 'EACCES', match: isTempOpen },
  ]

  for (const fault of faultCases) {
    it(`when ${fault.name}: rejects with a clear error, leaves the original intact and no temp file, and the next write succeeds`, async () => {
      const { dir, path, faults, file } = await setup(original)
      const before = await fsp.readFile(path)
      faults.setFault((c) => (fault.match(c) ? fault.code : undefined))

      const failed = file.write({ schemaVersion: 1, n: 1 })
      await expect(failed).rejects.toThrow(new RegExp(`Could not save .*doc\\.json: .*\\(${fault.code}\\)`))
      expect(await fsp.readFile(path)).toEqual(before)
      expect(await leftovers(dir)).toEqual([])

      faults.setFault(undefined)
      await file.write({ schemaVersion: 1, n: 2 })
      expect(await onDisk(path)).toEqual({ schemaVersion: 1, n: 2 })
      expect(await leftovers(dir)).toEqual([])
    })
  }

  for (const code of ['EPERM', 'EBUSY']) {
    it(`retries a rename refused with ${code} a few times (a virus scanner holding the file) and then succeeds`, async () => {
      const { dir, path, faults, file } = await setup(original)
      faults.setFault(failTimes(3, code, isRename))
      await file.write({ schemaVersion: 1, n: 5 })
      expect(await onDisk(path)).toEqual({ schemaVersion: 1, n: 5 })
      expect(faults.calls.filter(isRename)).toHaveLength(4)
      expect(await leftovers(dir)).toEqual([])
    })

    it(`gives up on a rename that keeps failing with ${code} within about a second, naming the code, with the original intact`, async () => {
      const { dir, path, faults, file } = await setup(original)
      const before = await fsp.readFile(path)
      faults.setFault((c) => (isRename(c) ? code : undefined))
      const started = Date.now()
      await expect(file.write({ schemaVersion: 1, n: 1 })).rejects.toThrow(new RegExp(`\\(${code}\\)`))
      const elapsed = Date.now() - started
      expect(elapsed).toBeLessThan(2_000)
      expect(faults.calls.filter(isRename).length).toBeGreaterThan(3)
      expect(await fsp.readFile(path)).toEqual(before)
      expect(await leftovers(dir)).toEqual([])

      faults.setFault(undefined)
      await file.write({ schemaVersion: 1, n: 2 })
      expect(await onDisk(path)).toEqual({ schemaVersion: 1, n: 2 })
    })
  }

  it('does not retry a rename that fails for a reason retrying cannot fix (ENOSPC)', async () => {
    const { path, faults, file } = await setup(original)
    faults.setFault((c) => (isRename(c) ? 'ENOSPC' : undefined))
    await expect(file.write({ schemaVersion: 1, n: 1 })).rejects.toThrow(/disk is full \(ENOSPC\)/)
    expect(faults.calls.filter(isRename)).toHaveLength(1)
    expect(await onDisk(path)).toEqual(original)
  })

  it('does not acknowledge a write whose folder could not be fsynced', async () => {
    const { dir, faults, file } = await setup(original)
    faults.setFault((c) => (c.op === 'sync' && c.path === dir ? 'EIO' : undefined))
    await expect(file.write({ schemaVersion: 1, n: 1 })).rejects.toThrow(/\(EIO\)/)
    faults.setFault(undefined)
    await expect(file.write({ schemaVersion: 1, n: 2 })).resolves.toBeUndefined()
  })

  it('a failed write rejects only the callers it carried; a write queued behind it still lands', async () => {
    const { path, faults, file } = await setup(original)
    let failNext = true
    faults.setFault((c) => {
      if (isTempWrite('writeFile')(c) && failNext) {
        failNext = false
        return 'EIO'
      }
      return undefined
    })
    const first = file.write({ schemaVersion: 1, n: 1 }) // starts at once, and fails
    const second = file.write({ schemaVersion: 1, n: 2 }) // queued behind it
    const outcomes = await Promise.allSettled([first, second])
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled'])
    expect(await onDisk(path)).toEqual({ schemaVersion: 1, n: 2 })
  })
})

describe('DurableJsonFile: reading', () => {
  it('reads a missing file as null (no document yet)', async () => {
    const { file } = await setup()
    await expect(file.read()).resolves.toBeNull()
  })

  const good = `${JSON.stringify({ schemaVersion: 1, n: 3, label: 'خبر' })}\n`
  const corrupt: { name: string; bytes: Buffer; message: RegExp }[] = [
    { name: 'an empty file', bytes: Buffer.alloc(0), message: /empty/ },
    { name: 'a file of NUL bytes (a crash before the data reached the disk)', bytes: Buffer.alloc(4096), message: /NUL bytes/ },
    { name: 'a truncated file', bytes: Buffer.from(good).subarray(0, 20), message: /not valid JSON/ },
    { name: 'a file cut inside a multi-byte Arabic character', bytes: Buffer.from(good).subarray(0, Buffer.from(good).indexOf(0xae)), message: /not valid UTF-8/ },
    { name: 'JSON behind a UTF-8 byte-order mark', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(good)]), message: /not valid JSON/ },
    { name: 'a file holding the JSON literal null', bytes: Buffer.from('null\n'), message: /null/ },
    { name: 'whitespace only', bytes: Buffer.from('  \n\t\n'), message: /not valid JSON/ },
    {
      // Bit rot inside a string: a lenient decode would load U+FFFD in its place and save that for good.
      name: 'bytes that are not UTF-8 inside a JSON string',
      bytes: Buffer.from(Buffer.from(good.replace('خبر', 'خ\u0000ر')).map((b) => (b === 0 ? 0xff : b))),
      message: /not valid UTF-8/,
    },
  ]

  for (const c of corrupt) {
    it(`raises CorruptDocumentError naming the file for ${c.name}, and leaves its bytes alone`, async () => {
      const { path, file } = await setup()
      await fsp.writeFile(path, c.bytes)
      const error = await file.read().then(
        () => null,
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(CorruptDocumentError)
      expect((error as CorruptDocumentError).location).toBe(path)
      expect((error as Error).message).toMatch(c.message)
      expect(await fsp.readFile(path)).toEqual(c.bytes)
    })
  }

  it('reports a read that fails for another reason (EIO) as an error naming the file, not as corruption', async () => {
    const { path, faults, file } = await setup({ schemaVersion: 1, n: 1 })
    faults.setFault((c) => (c.op === 'readFile' ? 'EIO' : undefined))
    const error = await file.read().catch((e: unknown) => e)
    expect(error).not.toBeInstanceOf(CorruptDocumentError)
    expect((error as Error).message).toContain(path)
    expect((error as Error).message).toContain('(EIO)')
  })
})
