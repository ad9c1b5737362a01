import { createHash } from 'node:crypto'
import { join } from 'node:path'
import type { Entity, Mention, MoneyMention } from '../../core/entities/types'
import { whenUserIdle } from '../store/foreground'
import { ShardedJson } from '../store/sharded-json'
import type { ArticleScan } from './scan-methods'

/**
 * The version of what a scan finds for a given text and registry (the name matching of
 * core/entities/mention-index.ts, the money finder): bump it when either would find otherwise,
 * and every saved scan is made again.
 */
export const MENTION_RULES_VERSION = 1

/** One article's scan, kept with what it was made from. */
export interface SavedScan {
  /** The article's content hash. */
  hash: string
  /** `registryKey` of the registry scanned for. */
  registry: string
  scan: ArticleScan
}

/**
 * A saved scan as written and held in memory: each mention three numbers in one flat array (start,
 * end, the place of its entity's id in `ids`). A library of 100,000 generated articles, each naming
 * a few entities a dozen times, saved its scans as objects in 274 MB of JSON, parsed at every start
 * into most of a gigabyte of heap; flat numbers are a fraction of both.
 */
interface PackedScan {
  hash: string
  registry: string
  ids: string[]
  found: number[]
  money: MoneyMention[]
}

/**
 * Format 1 held mentions as objects, format 2 in 64 shards: shards of either are of another format
 * now, and written again.
 */
const FORMAT = 3

/**
 * 256 shards: at 100,000 generated articles the packed index is ~110 MB, and parsing one of 64
 * shards (1.9 MB) held the thread ~30–40 ms, in the way of a query arriving meanwhile.
 */
export const MENTION_SHARDS = 256

function pack({ hash, registry, scan }: SavedScan): PackedScan {
  const ids: string[] = []
  const at = new Map<string, number>()
  const found: number[] = []
  for (const m of scan.found) {
    let k = at.get(m.entityId)
    if (k === undefined) at.set(m.entityId, (k = ids.push(m.entityId) - 1))
    found.push(m.start, m.end, k)
  }
  return { hash, registry, ids, found, money: scan.money }
}

function unpack({ hash, registry, ids, found, money }: PackedScan): SavedScan {
  const mentions: Mention[] = []
  for (let i = 0; i < found.length; i += 3) mentions.push({ start: found[i] as number, end: found[i + 1] as number, entityId: ids[found[i + 2] as number] as string })
  return { hash, registry, scan: { found: mentions, money } }
}

const isPacked = (v: unknown): v is PackedScan => {
  const s = v as Partial<PackedScan> | null
  if (!s || typeof s.hash !== 'string' || typeof s.registry !== 'string' || !Array.isArray(s.money)) return false
  const { ids, found } = s
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return false
  if (!Array.isArray(found) || found.length % 3 !== 0) return false
  for (let i = 0; i < found.length; i += 3) {
    const [start, end, k] = [found[i], found[i + 1], found[i + 2]]
    if (!Number.isInteger(start) || !Number.isInteger(end) || !Number.isInteger(k) || (k as number) < 0 || (k as number) >= ids.length) return false
  }
  return true
}

/** Where the mention index lives. */
export const mentionsDir = (dataDir: string): string => join(dataDir, 'index', 'mentions')

/**
 * The mention index saved beside the store: each article's scan, so a start does not scan the
 * library again. `onDamaged`: shards were there but damaged (their articles are scanned again).
 * Read in the background, one shard at a time and each once no search is being answered
 * (foreground.ts): at 100,000 articles the first queries, answered while it was read four shards at
 * a time, measured a p95 of 71–82 ms against 16–41 ms for the same queries again.
 */
export class SavedScans {
  private readonly shards: ShardedJson<PackedScan>

  constructor(dataDir: string, onDamaged?: (reason: string) => void) {
    this.shards = new ShardedJson<PackedScan>({
      dir: mentionsDir(dataDir),
      format: FORMAT,
      shards: MENTION_SHARDS,
      valid: isPacked,
      beforeShard: whenUserIdle,
      readersAtOnce: 1,
      ...(onDamaged ? { onDamaged } : {}),
    })
  }

  load(): Promise<void> {
    return this.shards.load()
  }

  get(articleId: string): SavedScan | undefined {
    const packed = this.shards.get(articleId)
    return packed && unpack(packed)
  }

  set(articleId: string, saved: SavedScan): void {
    this.shards.set(articleId, pack(saved))
  }

  delete(articleId: string): void {
    this.shards.delete(articleId)
  }

  close(): Promise<void> {
    return this.shards.close()
  }
}

/** What a scan depends on in the registry (the names, types and amounts of its entities), as a hash. */
export function registryKey(entities: readonly Entity[]): string {
  const names = entities.map((e) => [e.id, e.type, e.nameAr, e.nameLatin, e.aliases, e.money ?? null])
  return createHash('sha1').update(JSON.stringify([MENTION_RULES_VERSION, names])).digest('hex')
}
