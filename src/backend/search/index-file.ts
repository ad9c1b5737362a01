import * as fsp from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { SearchIndexSnapshot } from '../../core/search/search-index'
import { writeFileDurably } from '../store/durable-write'
import { nodeDurableFs } from '../store/durable-fs'
import { errorCode } from '../store/fs-errors'

/** Where the saved search index lives: a cache beside the store, rebuilt whenever it cannot be used. */
export const searchIndexFile = (dataDir: string): string => join(dataDir, 'index', 'search.json')

/** Where the article index lives (article-index.ts): an SQLite database, also a cache. */
export const articleIndexFile = (dataDir: string): string => join(dataDir, 'index', 'articles.db')

/** `damaged`: there was a file and it cannot be read as an index (the user is told); else there was none. */
export type ReadIndex = { ok: true; snapshot: SearchIndexSnapshot } | { ok: false; damaged: boolean; reason: string }

/**
 * Reads a saved index. Never throws: a missing file is the first start, anything else (unreadable,
 * truncated, not JSON, not a snapshot) is a damaged cache, said why, and the caller rebuilds.
 */
export async function readIndexFile(path: string): Promise<ReadIndex> {
  let text: string
  try {
    text = await fsp.readFile(path, 'utf8')
  } catch (error) {
    const missing = errorCode(error) === 'ENOENT'
    return { ok: false, damaged: !missing, reason: missing ? 'no saved index' : `could not be read (${errorCode(error) ?? String(error)})` }
  }
  try {
    const value = JSON.parse(text) as Partial<SearchIndexSnapshot> | null
    if (
      !value ||
      typeof value !== 'object' ||
      !Array.isArray(value.docs) ||
      !Array.isArray(value.lexicon) ||
      typeof value.mini !== 'object'
    ) {
      return { ok: false, damaged: true, reason: 'the file is not a saved search index' }
    }
    return { ok: true, snapshot: value as SearchIndexSnapshot }
  } catch (error) {
    return { ok: false, damaged: true, reason: `the file is not valid JSON (${(error as Error).message})` }
  }
}

/** Saves an index durably (temp file, fsync, rename): a crash leaves the old index or the new one. */
export async function writeIndexFile(path: string, snapshot: SearchIndexSnapshot): Promise<void> {
  await fsp.mkdir(dirname(path), { recursive: true })
  await writeFileDurably(nodeDurableFs, path, JSON.stringify(snapshot))
}
