import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArticleFile } from '../../src/core/corpus/parse-article'
import type { Article } from '../../src/core/corpus/types'

export const SEEDS_DIR = resolve(import.meta.dirname, '../../seeds')

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')

export const seedFiles = (): string[] => readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort()

export const seedBytes = (name: string): Buffer => readFileSync(join(SEEDS_DIR, name))

/** Parses one seed by its number prefix ("002") with the real parser. */
export function seed(prefix: string): Article {
  const name = seedFiles().find((f) => f.startsWith(prefix))
  if (!name) throw new Error(`no seed ${prefix}`)
  const parsed = parseArticleFile(name, seedBytes(name), sha256)
  if (!parsed.ok) throw new Error(parsed.error.message)
  return parsed.article
}

/** The text of each block of one kind. */
export const blockTexts = (article: Article, kind: Article['blocks'][number]['kind']): string[] =>
  article.blocks.filter((b) => b.kind === kind).map((b) => article.text.slice(b.start, b.end))
