import { createHash } from 'node:crypto'
import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { fsReason } from '../../core/corpus/reasons'
import { parseArticleFile } from '../../core/corpus/parse-article'
import type { Article, CorpusError, TextHasher } from '../../core/corpus/types'
import { describeFsError } from '../store/fs-errors'

export const sha256Hex: TextHasher = (text) => createHash('sha256').update(text, 'utf8').digest('hex')

export interface LoadedCorpus {
  articles: Article[]
  errors: CorpusError[]
}

/** Article files by extension; anything else in a corpus folder (e.g. seeds/entities.json) is not an article. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm'])
const isArticleFile = (name: string): boolean => ARTICLE_EXTENSIONS.has(name.slice(name.lastIndexOf('.')).toLowerCase())

/** Files read at once: enough to hide disk latency, few enough to stay far from the open-files limit. */
const CONCURRENCY = 32

/**
 * Reads every visible regular file in `dir` as an article, in file-name order. A file that is
 * empty, binary, undecodable or unreadable becomes a CorpusError; every other file still loads.
 */
export async function loadCorpusDir(dir: string): Promise<LoadedCorpus> {
  const entries = (await fsp.readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isFile() && !e.name.startsWith('.') && isArticleFile(e.name))
    .map((e) => e.name)
    .sort()
  const results = new Array<{ article?: Article; error?: CorpusError }>(entries.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < entries.length) {
      const index = next++
      const name = entries[index] as string
      try {
        const bytes = await fsp.readFile(join(dir, name))
        const parsed = parseArticleFile(name, bytes, sha256Hex)
        results[index] = parsed.ok ? { article: parsed.article } : { error: parsed.error }
      } catch (error) {
        const id = name.replace(/\.[^.]+$/, '')
        results[index] = { error: { id, sourceFile: name, code: 'unreadable', message: describeFsError('read', name, error).message, reason: fsReason('read-failed', error) } }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, entries.length) }, worker))
  const corpus: LoadedCorpus = { articles: [], errors: [] }
  for (const r of results) {
    if (r.article) corpus.articles.push(r.article)
    else if (r.error) corpus.errors.push(r.error)
  }
  return corpus
}
