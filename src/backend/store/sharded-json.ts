import * as fsp from 'node:fs/promises'
import { basename, join } from 'node:path'
import { nodeDurableFs } from './durable-fs'
import { writeFileDurably } from './durable-write'
import { errorCode } from './fs-errors'
import { yieldIfBusy } from './in-turns'

/** Shards of a cache: an entry changed rewrites one small file, never one that grows with the library. */
export const SHARDS = 64

/** FNV-1a of a key: which shard holds it. */
export function shardOf(key: string, shards = SHARDS): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193)
  return (hash >>> 0) % shards
}

/** Shard files read at once by `load`: enough to keep the disk busy while one is parsed. */
const SHARDS_AT_ONCE = 4

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
  /** How many shards (default SHARDS): more for a larger cache, so that no one shard's parse holds the thread long. */
  shards?: number
  /** Awaited before each shard is read: a load that must give way to the user (foreground.ts). */
  beforeShard?(): Promise<void>
  /** Shards read at once (default SHARDS_AT_ONCE); one for a load in the background, whose parses must not land together. */
  readersAtOnce?: number
  /**
   * Shards were there but damaged (unreadable JSON, entries that cannot be used): told once per
   * load, with the first reason and how many. Missing shards and shards of another format (another
   * version of the app) are rebuilt quietly.
   */
  onDamaged?(reason: string): void
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
  /** What `load` found damaged, while it runs. */
  private damage: Map<number, string> | null = null

  constructor(private readonly options: ShardedJsonOptions<V>) {}

  private get shards(): number {
    return this.options.shards ?? SHARDS
  }

  /**
   * Reads the shards; values set before it finishes are newer and kept. A few files are read at a
   * time and parsed in slices of the thread (yieldIfBusy): at 100,000 articles the manifest is
   * ~50 MB of JSON, and 64 parses landing in one turn of the event loop held it ~0.5 s.
   */
  async load(): Promise<void> {
    let next = 0
    const reader = async (): Promise<void> => {
      while (next < this.shards) {
        await this.options.beforeShard?.()
        if (next >= this.shards) return
        const entries = await this.readShard(next++)
        for (const [key, value] of entries) if (!this.entries.has(key)) this.entries.set(key, value)
      }
    }
    const damaged = new Map<number, string>()
    this.damage = damaged
    await Promise.all(Array.from({ length: this.options.readersAtOnce ?? SHARDS_AT_ONCE }, reader))
    this.damage = null
    if (damaged.size === 0) return
    const first = damaged.get(Math.min(...damaged.keys())) as string
    this.options.onDamaged?.(damaged.size === 1 ? first : `${first} (and ${damaged.size - 1} more of ${this.shards} shards)`)
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

  get size(): number {
    return this.entries.size
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
    const file = shardFile(this.options.dir, shard)
    let value: Partial<ShardFile<unknown>> | null
    try {
      const text = await fsp.readFile(file, 'utf8')
      await yieldIfBusy() // the shards read at once arrive together: parsed within slices of the thread
      value = JSON.parse(text) as Partial<ShardFile<unknown>> | null
    } catch (error) {
      // Missing: written once something is. Damaged: written again with what is computed meanwhile.
      if (errorCode(error) === 'ENOENT') return []
      this.damaged(shard, `${basename(file)}: ${error instanceof Error ? error.message : String(error)}`)
      return []
    }
    if (typeof value?.format === 'number' && value.format !== this.options.format) {
      this.dirty.add(shard) // another version's: rebuilt quietly
      return []
    }
    if (value?.format !== this.options.format || !Array.isArray(value.entries)) {
      this.damaged(shard, `${basename(file)}: not a shard of this cache`)
      return []
    }
    const usable = value.entries.filter((e): e is [string, V] => Array.isArray(e) && typeof e[0] === 'string' && shardOf(e[0], this.shards) === shard && this.options.valid(e[1]))
    if (usable.length !== value.entries.length) this.damaged(shard, `${basename(file)}: ${value.entries.length - usable.length} of ${value.entries.length} entries cannot be used`)
    return usable
  }

  private damaged(shard: number, reason: string): void {
    this.dirty.add(shard)
    this.damage?.set(shard, reason)
  }

  private touch(key: string): void {
    if (this.closed) return
    this.dirty.add(shardOf(key, this.shards))
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.write(), this.options.writeAfterMs ?? 1000)
    this.timer.unref()
  }

  private write(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const shards = new Map<number, [string, V][]>([...this.dirty].map((s) => [s, []]))
    this.dirty.clear()
    for (const [key, value] of this.entries) shards.get(shardOf(key, this.shards))?.push([key, value])
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
