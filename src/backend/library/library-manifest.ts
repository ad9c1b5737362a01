import { join } from 'node:path'
import { ShardedJson } from '../store/sharded-json'
import { forEachInTurns } from '../store/in-turns'
import type { ImportedShape, LibraryCorpus } from './library-corpus'

/** An imported article as the manifest keeps it: everything but its text and blocks. */
export type ManifestEntry = ImportedShape

const isEntry = (value: unknown): value is ManifestEntry => {
  const a = (value as Partial<ManifestEntry> | null)?.article
  return !!a && typeof a.id === 'string' && typeof a.contentHash === 'string' && typeof a.sameTextHash === 'string' && typeof a.meta?.sourceFile === 'string' && typeof a.stats === 'object'
}

/** The files a manifest lists, by file name. */
export type ListedFiles = Pick<ReadonlyMap<string, ManifestEntry>, 'get' | 'size'>

/** Where the manifest lives: beside the saved search index, in shards (store/sharded-json.ts). */
export const manifestDir = (dataDir: string): string => join(dataDir, 'index', 'library')

/**
 * The manifest of the imported articles, by article id: what the start-up lists the library from
 * without reading a file. A shard that is missing or damaged lists nothing (its files are read and
 * parsed as before, and it is written again); at 100,000 articles one file would hold ~35 MB and
 * take the main thread ~0.3 s to write at every import, a shard ~1/64 of that.
 */
export class LibraryManifest {
  private readonly shards: ShardedJson<ManifestEntry>
  private unsubscribe: () => void = () => {}

  /** `onDamaged`: shards were there but damaged (their files are read and parsed, and they are written again). */
  constructor(dataDir: string, onDamaged?: (reason: string) => void) {
    this.shards = new ShardedJson<ManifestEntry>({ dir: manifestDir(dataDir), format: 1, valid: isEntry, ...(onDamaged ? { onDamaged } : {}) })
  }

  /**
   * The imported articles it lists, looked up by file name: through the shards' own map by id (the
   * file's stem), not a second map of 100,000 entries made at every start.
   */
  async read(): Promise<ListedFiles> {
    await this.shards.load()
    const { shards } = this
    return {
      size: shards.size,
      get: (name) => {
        const dot = name.lastIndexOf('.')
        const entry = dot > 0 ? shards.get(name.slice(0, dot)) : undefined
        return entry?.article.meta.sourceFile === name ? entry : undefined
      },
    }
  }

  /**
   * Follows the library's imports and removals from now on. `inStep`: the manifest listed exactly
   * the files there are; if not, it is brought in step with the library as loaded.
   */
  async follow(corpus: LibraryCorpus, inStep: boolean): Promise<void> {
    if (!inStep) {
      // A first start lists 100,000 articles here: in slices of the thread.
      const imported = new Map<string, ImportedShape>()
      await forEachInTurns(corpus.allImportedShapes(), (entry) => imported.set(entry.article.id, entry))
      await forEachInTurns([...this.shards.keys()], (id) => imported.has(id) || this.shards.delete(id))
      await forEachInTurns(imported, ([id, entry]) => this.shards.set(id, entry))
    }
    this.unsubscribe = corpus.onChange((change) => {
      for (const id of change.removed) this.shards.delete(id)
      for (const article of change.added) {
        const entry = corpus.importedShapes([article.id])[0]
        if (entry) this.shards.set(article.id, entry)
      }
    })
  }

  /** Writes what is waiting to be written (closing); a failed write is only a slower next start. */
  close(): Promise<void> {
    this.unsubscribe()
    return this.shards.close()
  }
}
