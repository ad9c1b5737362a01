import { dominantDirection } from '../text/bidi'
import { countWords, readingMinutes } from '../text/words'
import { chromeRoleOf, relativeTimeOf } from './chrome'
import { sameTextKey } from './same-text'
import type { Article, Block, TextHasher } from './types'

/** What the backend's HTML extraction hands over: text only, already cut into blocks. */
export interface ExtractedPage {
  title: string
  blocks: { kind: 'heading' | 'paragraph' | 'caption'; text: string }[]
  byline?: string
  siteName?: string
  /** As the page states it (ISO 8601 when it comes from metadata). */
  published?: string
}

/** Blocks are separated by a blank line, as a reader copying the text would expect. */
const SEPARATOR = '\n\n'

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim()

/**
 * An extracted page → Article. The text is the title and the blocks, one per paragraph; offsets
 * are spans of it, so highlights work exactly as on a text file. Lines that are site furniture
 * ("اترك تعليقاً", "8 hours ago 4") become chrome blocks, hidden but kept, like in text files.
 */
export function buildArticleFromPage(id: string, sourceFile: string, page: ExtractedPage, encoding: string, hash: TextHasher): Article | null {
  const title = clean(page.title)
  const pieces = page.blocks.map((b) => ({ kind: b.kind, text: clean(b.text) })).filter((b) => b.text.length > 0)
  if (pieces.length === 0) return null
  const blocks: Block[] = []
  const parts: string[] = []
  let at = 0
  const add = (text: string, block: (start: number, end: number) => Block): void => {
    if (parts.length > 0) at += SEPARATOR.length
    blocks.push(block(at, at + text.length))
    parts.push(text)
    at += text.length
  }
  if (title) add(title, (start, end) => ({ kind: 'title', start, end }))
  let relativeTime: string | undefined
  for (const piece of pieces) {
    const role = chromeRoleOf(piece.text)
    const relative = role ? null : relativeTimeOf(piece.text)
    relativeTime ??= relative ?? undefined
    add(piece.text, (start, end) => (role ? { kind: 'chrome', start, end, role } : relative ? { kind: 'chrome', start, end, role: 'timestamp' } : { kind: piece.kind, start, end }))
  }
  const text = parts.join(SEPARATOR)
  let words = 0
  for (const block of blocks) if (block.kind !== 'chrome') words += countWords(text, block.start, block.end)
  const shownTitle = title || (parts[0] as string).slice(0, 80)
  return {
    id,
    contentHash: hash(text),
    sameTextHash: hash(sameTextKey(text)),
    meta: {
      title: shownTitle,
      titleSource: title ? 'line' : 'derived',
      titleDir: dominantDirection(shownTitle),
      ...(relativeTime ? { relativeTime } : {}),
      sourceFile,
      ...(page.byline ? { byline: clean(page.byline) } : {}),
      ...(page.siteName ? { siteName: clean(page.siteName) } : {}),
      ...(page.published ? { published: page.published.trim() } : {}),
      format: 'html',
    },
    text,
    blocks,
    stats: { words, readingMinutes: readingMinutes(words) },
    encoding,
  }
}
