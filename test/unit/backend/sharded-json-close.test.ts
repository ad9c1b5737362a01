import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ShardedJson, shardFile, shardOf } from '../../../src/backend/store/sharded-json'
import { makeTempDir } from '../helpers/temp-dir'

const isNumber = (v: unknown): v is number => typeof v === 'number'
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

describe('a sharded cache once closed', () => {
  it('writes what waited, and nothing set afterwards (a scan that ends after the app closed)', async () => {
    const dir = join(await makeTempDir('sharded-close'), 'index', 'mentions')
    const cache = new ShardedJson<number>({ dir, format: 1, valid: isNumber, writeAfterMs: 5 })
    cache.set('before', 1)
    await cache.close()
    expect(JSON.parse(await fsp.readFile(shardFile(dir, shardOf('before')), 'utf8'))).toEqual({ format: 1, entries: [['before', 1]] })

    const files = (await fsp.readdir(dir)).sort()
    cache.set('after', 2)
    await pause(50)
    expect((await fsp.readdir(dir)).sort()).toEqual(files)
    // Kept in memory: whoever still holds the cache reads it.
    expect(cache.get('after')).toBe(2)
  })
})
