import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import type { DiscoveryMethods } from '../../../src/backend/discovery/discovery-methods'
import { IDLE_CLOSE_MS, WorkerClient } from '../../../src/backend/workers/worker-client'

const cacheDir = mkdtempSync(join(tmpdir(), 'daftar-worker-idle-'))
const lexiconCache = join(cacheDir, 'ar-words.btrie')
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }))
afterEach(() => vi.useRealTimers())

const IDLE = IDLE_CLOSE_MS['discovery-worker'] as number

describe('a worker thread left idle', () => {
  it('ends after its idle time, and the next call starts a new thread that answers', async () => {
    const client = new WorkerClient<DiscoveryMethods>('discovery-worker')
    // Only the client's own clock is faked: the thread and its messages run for real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    await client.remote.warm(lexiconCache)
    expect(client.running).toBe(true)
    vi.advanceTimersByTime(IDLE - 1)
    expect(client.running).toBe(true)
    vi.advanceTimersByTime(1)
    expect(client.running).toBe(false)
    await expect(client.remote.heap()).resolves.toMatchObject({ used: expect.any(Number) })
    expect(client.running).toBe(true)
    await client.close()
  })

  it('is not ended while a call runs, and a new call starts its idle time again', async () => {
    const client = new WorkerClient<DiscoveryMethods>('discovery-worker')
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const warming = client.remote.warm(lexiconCache)
    vi.advanceTimersByTime(IDLE * 2)
    await warming
    expect(client.running).toBe(true)
    vi.advanceTimersByTime(IDLE - 1)
    await client.remote.heap()
    vi.advanceTimersByTime(IDLE - 1)
    expect(client.running).toBe(true)
    vi.advanceTimersByTime(1)
    expect(client.running).toBe(false)
  })
})
