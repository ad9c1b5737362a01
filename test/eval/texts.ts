import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseImport } from '../../src/backend/import/parse-import'

export const ROOT = resolve(import.meta.dirname, '../..')
/** The real articles: outside the repository on purpose (evaluation only, never copied in). */
export const EVAL_ARTICLES_DIR = resolve(ROOT, '../shared/eval/articles')
export const SEEDS_DIR = resolve(ROOT, 'seeds')

export interface EvalText {
  /** File name (the eval gold's key). */
  file: string
  /** Article id: the file name without its extension (the seed gold's key). */
  id: string
  path: string
  /** The article text exactly as import parses it: every offset refers to this. */
  text: string
  /** Where the text's readable blocks end: a name may end there even when the next block follows without a space. */
  blockEnds: ReadonlySet<number>
  /** Page furniture (chrome blocks): no mention is counted there, as the reader hides it. */
  chrome: readonly (readonly [number, number])[]
}

/** The .txt articles of `dir`, parsed as import parses them. Throws a clear message when the folder is missing. */
export function loadEvalTexts(dir = EVAL_ARTICLES_DIR): EvalText[] {
  if (!existsSync(dir)) {
    throw new Error(
      `The evaluation articles are not here: ${dir}. They are kept outside the repository (../shared/eval/articles beside the work tree).`,
    )
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  if (files.length === 0) throw new Error(`No .txt articles in ${dir}.`)
  return files.map((file) => parsedText(dir, file))
}

export function parsedText(dir: string, file: string): EvalText {
  const path = join(dir, file)
  const id = file.replace(/\.[^.]+$/, '')
  const parsed = parseImport(id, file, readFileSync(path))
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error.message}`)
  const { text, blocks } = parsed.article
  const readable = blocks.filter((b) => b.kind !== 'chrome')
  const chrome = blocks.filter((b) => b.kind === 'chrome').map((b) => [b.start, b.end] as const)
  return { file, id, path, text, blockEnds: new Set(readable.map((b) => b.end)), chrome }
}
