import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { nodeDurableFs } from '../store/durable-fs'
import { writeFileDurably } from '../store/durable-write'
import type { ArticleShape } from './lazy-text'
import type { LibraryChange, LibraryCorpus } from './library-corpus'

export interface ManifestEntry {
  article: ArticleShape
  addedAt?: string
}

interface ShardFile {
  format: number
  imports: ManifestEntry[]
}

/** The layout of a shard; bump when it changes (older shards are then rebuilt from the files). */
const MANIFEST_FORMAT = 1

/**
 * The manifest is cut in shards by article id, so an import rewrites a few small files, not one
 * that grows with the library (at 100,000 articles one file is ~35 MB: ~0.3 s to serialise on the
 * main thread, at every import).
 */
const SHARDS = 64

/** Quiet time after the last import or removal before the changed shards are written. */
const WRITE_AFTER_MS = 1000

/** Where the manifest lives: beside the saved search index, a cache rebuilt from the files when it cannot be used. */
export const manifestDir = (dataDir: string): string => join(dataDir, 'index', 'library')

/** FNV-1a of the id: which shard holds an article. */
export function shardOf(id: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193)
  return (hash >>> 0) % SHARDS
}

const shardFile = (dir: string, shard: number): string => join(dir, `${String(shard).padStart(2, '0')}.json`)

const isEntry = (entry: ManifestEntry | undefined): entry is ManifestEntry => {
  const a = entry?.article
  return !!a && typeof a.id === 'string' && typeof a.contentHash === 'string' && typeof a.sameTextHash === 'string' && typeof a.meta?.sourceFile === 'string' && typeof a.stats === 'object'
}

/**
 * The imported articles without their text, by file name. A shard that is missing, damaged or of
 * another format lists nothing: its files are then read and parsed as before, and it is written again.
 */
export async function readManifest(dir: string): Promise<Map<string, ManifestEntry>> {
  const byName = new Map<string, ManifestEntry>()
  const shards = await Promise.all(
    Array.from({ length: SHARDS }, async (_, shard) => {
      try {
        const value = JSON.parse(await fsp.readFile(shardFile(dir, shard), 'utf8')) as Partial<ShardFile> | null
        if (value?.format !== MANIFEST_FORMAT || !Array.isArray(value.imports) || !value.imports.every(isEntry)) return []
        return value.imports.filter((e) => shardOf(e.article.id) === shard)
      } catch {
        return []
      }
    }),
  )
  for (const entries of shards) for (const entry of entries) byName.set(entry.article.meta.sourceFile, entry)
  return byName
}

/**
 * Keeps the manifest in step with the imported articles: the shards an import or a removal
 * touched are written (durably, a moment after the last change); after a start that found the
 * manifest out of step with the files, all of them.
 */
export class ManifestWriter {
  private timer: NodeJS.Timeout | null = null
  private writing: Promise<void> = Promise.resolve()
  private readonly dirty = new Set<number>()
  private readonly unsubscribe: () => void

  constructor(
    private readonly dir: string,
    private readonly corpus: LibraryCorpus,
  ) {
    this.unsubscribe = corpus.onChange((change) => this.changed(change))
  }

  /** Every shard is written again (the manifest was missing or out of step). */
  rewriteAll(): void {
    for (let shard = 0; shard < SHARDS; shard++) this.dirty.add(shard)
    this.schedule()
  }

  /** Writes now what is waiting to be written (closing); a failed write is only a slower next start. */
  async flush(): Promise<void> {
    if (this.dirty.size > 0) await this.write()
    await this.writing
  }

  close(): Promise<void> {
    this.unsubscribe()
    return this.flush()
  }

  private changed(change: LibraryChange): void {
    for (const id of [...change.removed, ...change.added.map((a) => a.id)]) this.dirty.add(shardOf(id))
    if (this.dirty.size > 0) this.schedule()
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.write(), WRITE_AFTER_MS)
    this.timer.unref()
  }

  private write(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const shards = [...this.dirty]
    this.dirty.clear()
    const wanted = new Set(shards)
    const byShard = new Map<number, ManifestEntry[]>(shards.map((s) => [s, []]))
    for (const entry of this.corpus.importedShapes()) {
      const shard = shardOf(entry.article.id)
      if (wanted.has(shard)) byShard.get(shard)?.push(entry)
    }
    this.writing = this.writing
      .then(async () => {
        await fsp.mkdir(this.dir, { recursive: true })
        for (const [shard, imports] of byShard) {
          await writeFileDurably(nodeDurableFs, shardFile(this.dir, shard), JSON.stringify({ format: MANIFEST_FORMAT, imports } satisfies ShardFile))
        }
      })
      .catch(() => {})
    return this.writing
  }
}

