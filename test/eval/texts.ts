import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseImport } from '../../src/backend/import/parse-import'

export const ROOT = resolve(import.meta.dirname, '../..')
/** The real articles: outside the repository on purpose (evaluation only, never copied in). */
export const EVAL_ARTICLES_DIR = resolve(ROOT, '../shared/eval/articles')

export interface EvalText {
  /** File name, the gold's key. */
  file: string
  path: string
  /** The article text exactly as import parses it: every offset refers to this. */
  text: string
}

/** The .txt articles of `dir`, parsed as import parses them. Throws a clear message when the folder is missing. */
export function loadEvalTexts(dir = EVAL_ARTICLES_DIR): EvalText[] {
  if (!existsSync(dir)) {
    throw new Error(`The evaluation articles are not here: ${dir}. They are kept outside the repository (../shared/eval/articles beside the work tree).`)
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
  if (files.length === 0) throw new Error(`No .txt articles in ${dir}.`)
  return files.map((file) => parsedText(dir, file))
}

export function parsedText(dir: string, file: string): EvalText {
  const path = join(dir, file)
  const parsed = parseImport(file.replace(/\.[^.]+$/, ''), file, readFileSync(path))
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error.message}`)
  return { file, path, text: parsed.article.text }
}
