import { dominantDirection } from '../text/bidi'
import { countWords, readingMinutes } from '../text/words'
import { layoutBlocks } from './blocks'
import { decodeCharacterReferences } from './character-references'
import { canonicalText, decodeBytes } from './decode'
import { sameTextKey } from './same-text'
import { deriveTitle } from './title'
import type { Article, CorpusError, TextHasher } from './types'

/** Article ids come from file names: stable across runs and readable in deep links. */
export function articleIdFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '')
  const stem = base.replace(/\.[^.]+$/, '')
  const id = stem.length > 0 ? stem : base
  // Ids key plain objects in the store; these names would reach the prototype instead of a key.
  return OBJECT_KEYS.has(id) ? `${id}_` : id
}

const OBJECT_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export type ParseResult = { ok: true; article: Article } | { ok: false; error: CorpusError }

/** Raw file bytes → Article, or a CorpusError saying why not. Pure: the hasher is injected. */
export function parseArticleFile(fileName: string, bytes: Uint8Array, hash: TextHasher): ParseResult {
  const id = articleIdFromFileName(fileName)
  const decoded = decodeBytes(bytes)
  if (!decoded.ok) return { ok: false, error: { id, sourceFile: fileName, code: decoded.code, message: decoded.message } }
  return { ok: true, article: buildArticle(id, fileName, canonicalText(decoded.text), decoded.encoding, hash) }
}

/** Canonical text → Article (layout, metadata, statistics). */
export function buildArticle(id: string, sourceFile: string, text: string, encoding: string, hash: TextHasher): Article {
  const layout = layoutBlocks(text)
  const titleBlock = layout.blocks.find((b) => b.kind === 'title')
  const firstParagraph = layout.blocks.find((b) => b.kind === 'paragraph')
  // Scraped headlines often keep the site's `&quot;`: the title shown is decoded, the text is not.
  const title = titleBlock
    ? decodeCharacterReferences(text.slice(titleBlock.start, titleBlock.end))
    : firstParagraph
      ? decodeCharacterReferences(deriveTitle(text.slice(firstParagraph.start, firstParagraph.end)))
      : sourceFile

  let words = 0
  for (const block of layout.blocks) if (block.kind !== 'chrome') words += countWords(text, block.start, block.end)

  return {
    id,
    contentHash: hash(text),
    sameTextHash: hash(sameTextKey(text)),
    meta: {
      title,
      titleSource: titleBlock ? 'line' : 'derived',
      titleDir: dominantDirection(title),
      ...(layout.category ? { category: layout.category } : {}),
      ...(layout.relativeTime ? { relativeTime: layout.relativeTime } : {}),
      sourceFile,
    },
    text,
    blocks: layout.blocks,
    stats: { words, readingMinutes: readingMinutes(words) },
    encoding,
  }
}
