import { join } from 'node:path'
import type { Highlight } from '../../src/core/store/annotations'
import { generateHighlights, spreadCounts, type ArticleHighlights } from './generate-highlights'
import { seededRng } from './prng'
import type { Row, Section, SectionContext } from './section'
import { measureSingleFile, type SingleFileReference } from './single-file-reference'
import { highlightSlots, populateStore, strictStore } from './store-fixture'
import { MB, p50, p95 } from './stats'

/** Highlight totals measured; articles = total / 20, each holding 1–39 (mean 20). */
const TOTALS = [1_000, 10_000, 20_000] as const
const PER_ARTICLE = { min: 1, max: 39, mean: 20 }
const WRITE_SAMPLES = 200
const REFERENCE_WRITES = 20
const OPENS = 3
const WORST_CASE = { highlights: 10_000, samples: 40 }
const WRITE_GOAL = { total: 20_000, maxP95: 50 }

interface StoreFigures {
  firstOpenMs: number
  openMs: number[]
  writeMs: number[]
}

/**
 * Writes `data` through the real AnnotationsStore, then measures openAll (the first open after the
 * writes backs up every file; later opens find the backup current) and the time until one changed
 * highlight is acknowledged (update resolves once the article's file is fsynced).
 */
async function measureStore(dataDir: string, data: readonly ArticleHighlights[], samples: number): Promise<StoreFigures> {
  await populateStore(dataDir, data)
  let start = performance.now()
  await strictStore(dataDir).openAll()
  const firstOpenMs = performance.now() - start

  const openMs: number[] = []
  let docs = new Map<string, Awaited<ReturnType<ReturnType<typeof strictStore>['forArticle']>>>()
  for (let i = 0; i < OPENS; i++) {
    start = performance.now()
    docs = await strictStore(dataDir).openAll()
    openMs.push(performance.now() - start)
  }
  const total = [...docs.values()].reduce((sum, d) => sum + d.data.highlights.length, 0)
  const expected = data.reduce((sum, a) => sum + a.highlights.length, 0)
  if (docs.size !== data.length || total !== expected) throw new Error(`store reopened with ${docs.size} articles / ${total} highlights, wrote ${data.length} / ${expected}`)

  const slots = highlightSlots(data)
  const rng = seededRng(samples * 31 + slots.length)
  const writeMs: number[] = []
  for (let i = 0; i < samples; i++) {
    const slot = rng.pick(slots)
    const doc = docs.get(slot.articleId)
    if (!doc) throw new Error(`no document for ${slot.articleId}`)
    start = performance.now()
    const outcome = await doc.update((draft) => {
      const h = draft.highlights[slot.index] as Highlight
      h.comment = `ملاحظة معدّلة ${i}`
      h.updatedAt = new Date().toISOString()
    })
    writeMs.push(performance.now() - start)
    if (!outcome.saved) throw new Error(`update not saved: ${outcome.reason}`)
  }
  return { firstOpenMs, openMs, writeMs }
}

const k = (n: number): string => (n >= 1000 ? `${n / 1000}k` : String(n))
const refWrite = (ref: SingleFileReference, pick: (s: number[]) => number, what: string) => ({
  label: `1 file of all (${(ref.bytes / MB).toFixed(1)} MB): stringify + durable write, ${what} of ${ref.writeMs.length}`,
  value: pick(ref.writeMs),
})
const refOpen = (ref: SingleFileReference) => ({ label: `1 file of all: read + parse + validate, p50 of ${ref.openMs.length}`, value: p50(ref.openMs) })

async function layoutRows(ctx: SectionContext, total: number, references: Map<number, SingleFileReference>): Promise<Row[]> {
  const articles = total / PER_ARTICLE.mean
  const counts = spreadCounts(seededRng(total), total, articles, PER_ARTICLE.min, PER_ARTICLE.max)
  const data = generateHighlights(join(ctx.root, 'seeds'), counts)
  const dir = await ctx.tempDir(`store-${total}`)
  ctx.log(`store: ${k(total)} highlights over ${articles} articles`)
  const figures = await measureStore(join(dir, 'data'), data, WRITE_SAMPLES)
  const ref = await measureSingleFile(dir, data.flatMap((a) => a.highlights), REFERENCE_WRITES, OPENS)
  references.set(total, ref)
  const label = `${k(total)} in ${articles.toLocaleString('en-US')} articles (${PER_ARTICLE.min}–${PER_ARTICLE.max} each)`
  const goal = total === WRITE_GOAL.total ? { goal: { max: WRITE_GOAL.maxP95, source: 'issue: durable write p95 at 20k' } } : {}
  return [
    { name: `${label}: openAll, p50 of ${OPENS}`, value: p50(figures.openMs), unit: 'ms', reference: refOpen(ref) },
    { name: `${label}: 1st openAll after writes (backs up each file)`, value: figures.firstOpenMs, unit: 'ms', reference: refOpen(ref) },
    { name: `${label}: ack 1 changed highlight, p50 of ${WRITE_SAMPLES}`, value: p50(figures.writeMs), unit: 'ms', reference: refWrite(ref, p50, 'p50') },
    { name: `${label}: ack 1 changed highlight, p95 of ${WRITE_SAMPLES}`, value: p95(figures.writeMs), unit: 'ms', reference: refWrite(ref, p95, 'p95'), ...goal },
  ]
}

/** The limit of the per-article layout: every highlight in one article. No goal: it documents the edge. */
async function worstCaseRows(ctx: SectionContext, references: Map<number, SingleFileReference>): Promise<Row[]> {
  const total = WORST_CASE.highlights
  ctx.log(`store: worst case, ${k(total)} highlights in one article`)
  const data = generateHighlights(join(ctx.root, 'seeds'), [total])
  const dir = await ctx.tempDir('store-worst')
  const figures = await measureStore(join(dir, 'data'), data, WORST_CASE.samples)
  const ref = references.get(total) ?? (await measureSingleFile(dir, data.flatMap((a) => a.highlights), REFERENCE_WRITES, OPENS))
  const label = `worst case: ${k(total)} in 1 article`
  return [
    { name: `${label}: openAll, p50 of ${OPENS}`, value: p50(figures.openMs), unit: 'ms', reference: refOpen(ref) },
    { name: `${label}: ack 1 changed highlight, p50 of ${WORST_CASE.samples}`, value: p50(figures.writeMs), unit: 'ms', reference: refWrite(ref, p50, 'p50') },
    { name: `${label}: ack 1 changed highlight, p95 of ${WORST_CASE.samples}`, value: p95(figures.writeMs), unit: 'ms', reference: refWrite(ref, p95, 'p95') },
  ]
}

/**
 * Store open and durable-write latency with the per-article annotation files (one lowdb document
 * per article), beside the one-file floor measured on the same highlights in the same run.
 */
export const storeWrite: Section = {
  name: 'store',
  async run(ctx) {
    const references = new Map<number, SingleFileReference>()
    const rows: Row[] = []
    for (const total of TOTALS) rows.push(...(await layoutRows(ctx, total, references)))
    rows.push(...(await worstCaseRows(ctx, references)))
    return rows
  },
}
