import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { nodeDurableFs } from './durable-fs'
import { writeFileDurably } from './durable-write'
import { errorCode } from './fs-errors'

/** Shards of a cache: an entry changed rewrites one small file, never one that grows with the library. */
export const SHARDS = 64

/** FNV-1a of a key: which shard holds it. */
export function shardOf(key: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193)
  return (hash >>> 0) % SHARDS
}

export const shardFile = (dir: string, shard: number): string => join(dir, `${String(shard).padStart(2, '0')}.json`)

interface ShardFile<V> {
  format: number
  entries: [string, V][]
}

export interface ShardedJsonOptions<V> {
  /** The folder of the shards (under `<data>/index/`). */
  dir: string
  /** The layout of the values; shards of another format are not loaded (and are written again). */
  format: number
  /** Whether a value read from disk can be used. */
  valid(value: unknown): value is V
  /** Quiet time after the last change before the changed shards are written. */
  writeAfterMs?: number
}

/**
 * A cache of values by key kept beside the store in 64 small JSON files, each written durably a
 * moment after the last change to one of its keys. It is a cache: a shard that is missing,
 * damaged or of another format loads nothing (its keys are computed again and it is rewritten),
 * and a failed write is tried again after the next change.
 */
export class ShardedJson<V> {
  private readonly entries = new Map<string, V>()
  private readonly dirty = new Set<number>()
  private timer: NodeJS.Timeout | null = null
  private writing: Promise<void> = Promise.resolve()
  private closed = false

  constructor(private readonly options: ShardedJsonOptions<V>) {}

  /** Reads the shards; values set before it finishes are newer and kept. */
  async load(): Promise<void> {
    const shards = await Promise.all(Array.from({ length: SHARDS }, (_, shard) => this.readShard(shard)))
    for (const entries of shards) for (const [key, value] of entries) if (!this.entries.has(key)) this.entries.set(key, value)
  }

  get(key: string): V | undefined {
    return this.entries.get(key)
  }

  set(key: string, value: V): void {
    this.entries.set(key, value)
    this.touch(key)
  }

  delete(key: string): void {
    if (this.entries.delete(key)) this.touch(key)
  }

  keys(): IterableIterator<string> {
    return this.entries.keys()
  }

  values(): IterableIterator<V> {
    return this.entries.values()
  }

  /** Writes now what is waiting to be written (tests). */
  async flush(): Promise<void> {
    if (this.dirty.size > 0) await this.write()
    await this.writing
  }

  /**
   * Writes what is waiting, then writes nothing more: a value set afterwards (a scan that was
   * already running when the app closed) stays in memory only. Without this, a late write lands
   * in a data folder the caller believes closed — after its lock is released.
   */
  async close(): Promise<void> {
    this.closed = true
    await this.flush()
  }

  private async readShard(shard: number): Promise<[string, V][]> {
    try {
      const value = JSON.parse(await fsp.readFile(shardFile(this.options.dir, shard), 'utf8')) as Partial<ShardFile<unknown>> | null
      if (value?.format !== this.options.format || !Array.isArray(value.entries)) throw new Error('not a shard of this format')
      const usable = value.entries.filter((e): e is [string, V] => Array.isArray(e) && typeof e[0] === 'string' && shardOf(e[0]) === shard && this.options.valid(e[1]))
      if (usable.length !== value.entries.length) this.dirty.add(shard)
      return usable
    } catch (error) {
      // Damaged: written again with what is computed meanwhile. Missing: written once something is.
      if (errorCode(error) !== 'ENOENT') this.dirty.add(shard)
      return []
    }
  }

  private touch(key: string): void {
    if (this.closed) return
    this.dirty.add(shardOf(key))
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.write(), this.options.writeAfterMs ?? 1000)
    this.timer.unref()
  }

  private write(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const shards = new Map<number, [string, V][]>([...this.dirty].map((s) => [s, []]))
    this.dirty.clear()
    for (const [key, value] of this.entries) shards.get(shardOf(key))?.push([key, value])
    this.writing = this.writing
      .then(async () => {
        await fsp.mkdir(this.options.dir, { recursive: true })
        for (const [shard, entries] of shards) {
          await writeFileDurably(nodeDurableFs, shardFile(this.options.dir, shard), JSON.stringify({ format: this.options.format, entries } satisfies ShardFile<V>))
        }
      })
      .catch(() => {
        for (const shard of shards.keys()) this.dirty.add(shard)
      })
    return this.writing
  }
}
