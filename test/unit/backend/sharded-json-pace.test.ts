import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ShardedJson, SHARDS } from '../../../src/backend/store/sharded-json'
import { inForeground } from '../../../src/backend/store/foreground'
import { SavedScans } from '../../../src/backend/entities/saved-scans'
import { makeTempDir } from '../helpers/temp-dir'

const isNumber = (v: unknown): v is number => typeof v === 'number'

describe('a sharded cache loaded in the background', () => {
  it('reads no shard before its pace allows, then every shard with what was saved', async () => {
    const dir = join(await makeTempDir('sharded-pace'), 'index', 'cache')
    const saved = new ShardedJson<number>({ dir, format: 1, valid: isNumber })
    for (let k = 0; k < 200; k++) saved.set(`key-${k}`, k)
    await saved.close()

    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    let asked = 0
    const cache = new ShardedJson<number>({ dir, format: 1, valid: isNumber, beforeShard: () => (asked++, gate) })
    const loading = cache.load()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(cache.size).toBe(0)
    open()
    await loading
    expect(cache.size).toBe(200)
    expect(asked).toBeGreaterThanOrEqual(SHARDS)
  })

  it('the mention index waits while a search is answered', async () => {
    const dataDir = await makeTempDir('saved-scans-pace')
    const scan = { hash: 'h', registry: 'r', scan: { found: [{ start: 0, end: 4, entityId: 'meta' }], money: [] } }
    const first = new SavedScans(dataDir)
    first.set('a1', scan)
    await first.close()

    let answer!: () => void
    const searching = inForeground(() => new Promise<void>((resolve) => (answer = resolve)))
    const scans = new SavedScans(dataDir)
    const loading = scans.load()
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(scans.get('a1')).toBeUndefined()
    answer()
    await searching
    await loading
    expect(scans.get('a1')).toEqual(scan)
  })
})
