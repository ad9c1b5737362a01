import { createHash } from 'node:crypto'
import { join } from 'node:path'
import type { Entity } from '../../core/entities/types'
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

const isSavedScan = (v: unknown): v is SavedScan => {
  const s = v as Partial<SavedScan> | null
  return !!s && typeof s.hash === 'string' && typeof s.registry === 'string' && Array.isArray(s.scan?.found) && Array.isArray(s.scan?.money)
}

/** Where the mention index lives. */
export const mentionsDir = (dataDir: string): string => join(dataDir, 'index', 'mentions')

/**
 * The mention index saved beside the store: each article's scan, so a start does not scan the
 * library again. `onDamaged`: shards were there but damaged (their articles are scanned again).
 */
export const openSavedScans = (dataDir: string, onDamaged?: (reason: string) => void): ShardedJson<SavedScan> =>
  new ShardedJson<SavedScan>({ dir: mentionsDir(dataDir), format: 1, valid: isSavedScan, ...(onDamaged ? { onDamaged } : {}) })

/** What a scan depends on in the registry (the names, types and amounts of its entities), as a hash. */
export function registryKey(entities: readonly Entity[]): string {
  const names = entities.map((e) => [e.id, e.type, e.nameAr, e.nameLatin, e.aliases, e.money ?? null])
  return createHash('sha1').update(JSON.stringify([MENTION_RULES_VERSION, names])).digest('hex')
}
