import { createHash } from 'node:crypto'
import { describe } from '../../src/core/anchoring/describe'
import { highlightColors, type Highlight } from '../../src/core/store/annotations'
import { generateArticleText, readSeedPools } from './generate-corpus'
import { seededRng, seedFor, type Rng } from './prng'

/**
 * Synthetic but valid highlights (highlightSchema): quotes cut from generated article text with
 * their 32-character context, real sha-256 content hashes, a comment on about a third, a few
 * entity ids, ISO timestamps. Deterministic for a given seed.
 */

export interface ArticleHighlights {
  articleId: string
  highlights: Highlight[]
}

const BASE_TIME = Date.UTC(2025, 5, 1)
const iso = (rng: Rng): string => new Date(BASE_TIME + rng.int(0, 90 * 24 * 3600) * 1000).toISOString()

function makeHighlight(rng: Rng, articleId: string, text: string, contentHash: string, n: number): Highlight {
  const length = Math.min(text.length - 1, rng.chance(0.8) ? rng.int(30, 250) : rng.int(250, 900))
  const start = rng.int(0, text.length - length - 1)
  const end = start + length
  const created = iso(rng)
  const commentFrom = rng.int(0, Math.max(0, text.length - 300))
  return {
    id: `hl-${articleId.slice(0, 12)}-${n}-${rng.hex(8)}`,
    articleId,
    contentHash,
    target: describe(text, start, end),
    color: rng.pick(highlightColors),
    comment: rng.chance(0.35) ? text.slice(commentFrom, commentFrom + rng.int(20, 300)) : '',
    entityIds: Array.from({ length: rng.int(0, 3) }, () => `ent-${rng.hex(10)}`),
    createdAt: created,
    updatedAt: created,
  }
}

/** Splits `total` into `parts` counts, each within [min, max], summing exactly to total. */
export function spreadCounts(rng: Rng, total: number, parts: number, min: number, max: number): number[] {
  if (total < parts * min || total > parts * max) throw new Error(`cannot spread ${total} over ${parts} parts of ${min}–${max}`)
  const counts = Array.from({ length: parts }, () => rng.int(min, max))
  let sum = counts.reduce((a, b) => a + b, 0)
  while (sum !== total) {
    const i = rng.int(0, parts - 1)
    const c = counts[i] as number
    const step = sum < total ? (c < max ? 1 : 0) : c > min ? -1 : 0
    counts[i] = c + step
    sum += step
  }
  return counts
}

/** Highlights for `counts.length` generated articles, article i getting counts[i]. */
export function generateHighlights(seedsDir: string, counts: readonly number[], seed = 0x4b1d): ArticleHighlights[] {
  const pools = readSeedPools(seedsDir)
  return counts.map((count, i) => {
    const file = generateArticleText(pools, i)
    const articleId = file.name.replace(/\.txt$/, '')
    const text = file.bytes.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
    const contentHash = createHash('sha256').update(text, 'utf8').digest('hex')
    const rng = seededRng(seedFor(seed, i))
    return { articleId, highlights: Array.from({ length: count }, (_, n) => makeHighlight(rng, articleId, text, contentHash, n)) }
  })
}
