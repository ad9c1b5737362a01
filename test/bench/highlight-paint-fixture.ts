import { describe } from '../../src/core/anchoring/describe'
import type { Article, Block } from '../../src/core/corpus/types'
import { highlightColors, highlightSchema, type Highlight } from '../../src/core/store/annotations'
import { seededRng, type Rng } from './prng'

/**
 * Highlights for the highlight-paint bench, on one real seed article: `count` valid highlights
 * (highlightSchema) spread over the readable blocks, each a whitespace-trimmed span of 10–80
 * characters inside one block, overlapping wherever they fall; plus `freshCount` passages that no
 * highlight touches, where the bench selects text and creates new ones. Deterministic.
 */

export interface Span {
  start: number
  end: number
}

export interface HighlightPaintFixture {
  highlights: Highlight[]
  /** Trimmed passages (one per block, in different paragraphs) no stored highlight touches. */
  fresh: Span[]
}

const MIN_CHARS = 10
const MAX_CHARS = 80
const FRESH_CHARS = 24
const BASE_TIME = Date.UTC(2025, 5, 1)
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c)

function trimmed(text: string, { start, end }: Span): Span {
  while (start < end && isSpace(text[start])) start++
  while (end > start && isSpace(text[end - 1])) end--
  return { start, end }
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end

/** A passage of about FRESH_CHARS in the middle of `block`, cut at spaces so it holds whole words. */
function freshIn(text: string, block: Block): Span {
  const middle = Math.floor((block.start + block.end) / 2)
  let start = middle - FRESH_CHARS / 2
  while (start > block.start && !isSpace(text[start - 1])) start--
  let end = start + FRESH_CHARS
  while (end < block.end && !isSpace(text[end])) end++
  return trimmed(text, { start, end: Math.min(end, block.end) })
}

function pickBlock(rng: Rng, blocks: readonly Block[], total: number): Block {
  let at = rng.int(0, total - 1)
  for (const block of blocks) {
    const length = block.end - block.start
    if (at < length) return block
    at -= length
  }
  return blocks[blocks.length - 1] as Block
}

export function highlightPaintFixture(article: Article, count: number, freshCount: number, seed = 0x0e1f): HighlightPaintFixture {
  const { text } = article
  const readable = article.blocks.filter((b) => b.kind !== 'chrome' && b.end - b.start >= MIN_CHARS)
  const paragraphs = readable.filter((b) => b.kind === 'paragraph' && b.end - b.start >= 3 * FRESH_CHARS)
  if (paragraphs.length < freshCount)
    throw new Error(`${article.id} has ${paragraphs.length} long paragraphs, fewer than the ${freshCount} fresh passages needed`)
  // Spread over the article: every k-th paragraph.
  const fresh = Array.from({ length: freshCount }, (_, i) =>
    freshIn(text, paragraphs[Math.floor((i * paragraphs.length) / freshCount)] as Block),
  )

  const rng = seededRng(seed)
  const total = readable.reduce((sum, b) => sum + b.end - b.start, 0)
  const highlights: Highlight[] = []
  for (let attempts = 0; highlights.length < count; attempts++) {
    if (attempts > count * 100) throw new Error(`could not place ${count} highlights on ${article.id}`)
    const block = pickBlock(rng, readable, total)
    const length = rng.int(MIN_CHARS, MAX_CHARS)
    const from = rng.int(block.start, Math.max(block.start, block.end - MIN_CHARS))
    const span = trimmed(text, { start: from, end: Math.min(block.end, from + length) })
    if (span.end - span.start < MIN_CHARS || fresh.some((f) => overlaps(f, span))) continue
    const at = new Date(BASE_TIME + rng.int(0, 90 * 24 * 3600) * 1000).toISOString()
    highlights.push(
      highlightSchema.parse({
        id: `hl-bench-${String(highlights.length).padStart(4, '0')}-${rng.hex(6)}`,
        articleId: article.id,
        contentHash: article.contentHash,
        target: describe(text, span.start, span.end),
        color: rng.pick(highlightColors),
        comment: '',
        entityIds: [],
        createdAt: at,
        updatedAt: at,
      }),
    )
  }
  return { highlights, fresh }
}

/** Greatest number of highlights covering one character: how deep the marks nest. */
export function deepestOverlap(highlights: readonly Highlight[]): number {
  const events = highlights.flatMap(
    (h) =>
      [
        [h.target.position.start, 1],
        [h.target.position.end, -1],
      ] as const,
  )
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  let depth = 0
  let deepest = 0
  for (const [, step] of events) deepest = Math.max(deepest, (depth += step))
  return deepest
}
