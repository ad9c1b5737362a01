import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseImport } from '../../src/backend/import/parse-import'
import { canonicalText, decodeBytes } from '../../src/core/corpus/decode'
import { buildArticle } from '../../src/core/corpus/parse-article'
import type { Article } from '../../src/core/corpus/types'
import { datedStatements } from '../../src/core/story/timeline'
import { normalizeForMatching } from '../../src/core/text/normalize'
import { generateArticleText, readSeedPools } from './generate-corpus'
import type { Row, Section } from './section'
import { median, p95 } from './stats'

/**
 * Timeline extraction (issue 12: ≤ 5 ms per article p95): the dated statements of 10,000 generated
 * articles (half given a publication date, so relative dates are resolved too) and, when they are
 * beside the work tree, of the 27 real articles in ../shared/eval/articles (read here, never copied).
 * Reference: normalising the same text for matching, the one pass every extraction needs.
 */
const ARTICLES = 10_000

/**
 * Each article's time is the median of RUNS runs: on a shared machine one run of a 0.3 ms task
 * often measures the scheduler (a 20 ms preemption) rather than the task. The reference is timed
 * the same way.
 */
const RUNS = 3

function perArticle(articles: readonly Article[], fn: (a: Article) => unknown): { each: number[]; total: number } {
  const each: number[] = []
  let total = 0
  for (const a of articles) {
    const runs: number[] = []
    for (let r = 0; r < RUNS; r++) {
      const t = performance.now()
      fn(a)
      runs.push(performance.now() - t)
    }
    each.push(median(runs))
    total += median(runs)
  }
  return { each, total }
}

function measure(articles: readonly Article[]): { ours: number[]; floor: number[]; items: number; oursTotal: number; floorTotal: number } {
  for (const a of articles.slice(0, 500)) {
    datedStatements(a)
    normalizeForMatching(a.text)
  }
  const items = articles.reduce((n, a) => n + datedStatements(a).length, 0)
  const ours = perArticle(articles, datedStatements)
  const floor = perArticle(articles, (a) => normalizeForMatching(a.text))
  return { ours: ours.each, floor: floor.each, items, oursTotal: ours.total, floorTotal: floor.total }
}

function generated(root: string): Article[] {
  const pools = readSeedPools(join(root, 'seeds'))
  return Array.from({ length: ARTICLES }, (_, i) => {
    const file = generateArticleText(pools, i)
    const decoded = decodeBytes(new Uint8Array(file.bytes))
    if (!decoded.ok) throw new Error(`${file.name}: ${decoded.message}`)
    const article = buildArticle(file.name, file.name, canonicalText(decoded.text), decoded.encoding, () => '')
    return i % 2 === 0 ? { ...article, meta: { ...article.meta, published: `2018-${String((i % 12) + 1).padStart(2, '0')}-15` } } : article
  })
}

function evalArticles(root: string): Article[] {
  const dir = resolve(root, '../shared/eval/articles')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => {
      const parsed = parseImport(f.replace(/\.txt$/, ''), f, readFileSync(join(dir, f)))
      return parsed.ok ? [parsed.article] : []
    })
}

export const timeline: Section = {
  name: 'timeline',
  run: async (ctx) => {
    ctx.log(`timeline: generating ${ARTICLES.toLocaleString('en')} articles`)
    const corpus = generated(ctx.root)
    const g = measure(corpus)
    ctx.log(`timeline: ${g.items.toLocaleString('en')} dated statements in the generated articles`)
    const rows: Row[] = [
      {
        name: `dated statements of one article (median of ${RUNS} runs), p95 over ${ARTICLES.toLocaleString('en')} generated articles`,
        value: p95(g.ours),
        unit: 'ms',
        reference: { label: 'normalise the same text (p95)', value: p95(g.floor) },
        goal: { max: 5, source: 'issue 12: timeline extraction' },
      },
      {
        name: `dated statements of all ${ARTICLES.toLocaleString('en')} generated articles (${g.items.toLocaleString('en')} found), sum of medians`,
        value: g.oursTotal,
        unit: 'ms',
        reference: { label: 'normalise them all (same way)', value: g.floorTotal },
      },
    ]
    const real = evalArticles(ctx.root)
    if (real.length > 0) {
      const e = measure(real)
      rows.push({
        name: `dated statements of one article (median of ${RUNS} runs), p95 over the ${real.length} real eval articles`,
        value: p95(e.ours),
        unit: 'ms',
        reference: { label: 'normalise the same text (p95)', value: p95(e.floor) },
        goal: { max: 5, source: 'issue 12: timeline extraction' },
      })
    }
    return rows
  },
}
