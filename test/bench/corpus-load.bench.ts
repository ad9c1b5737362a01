import { join, resolve } from 'node:path'
import type { CorpusLoadResult } from './corpus-load.child'
import { forkMeasure } from './fork-measure'
import { generateCorpus } from './generate-corpus'
import type { Row, Section } from './section'
import { MB, p50 } from './stats'

/** Sizes measured, with how many warm repeats each gets (fewer for the big ones, to stay in budget). */
const SIZES: ReadonlyArray<{ articles: number; repeats: number; goalMs?: number }> = [
  { articles: 10, repeats: 30 },
  { articles: 100, repeats: 20 },
  { articles: 1_000, repeats: 10, goalMs: 300 },
  { articles: 10_000, repeats: 3, goalMs: 3_000 },
]

const n = (count: number): string => count.toLocaleString('en-US')

/**
 * Corpus load: generated corpora (varied text from the seeds) loaded by the real loader
 * `loadCorpusDir`, each size in a fresh process; beside each time, reading the same files with the
 * same concurrency and no parsing.
 */
export const corpusLoad: Section = {
  name: 'corpus load',
  async run(ctx) {
    const root = await ctx.tempDir('corpus')
    const rows: Row[] = []
    for (const size of SIZES) {
      const dir = join(root, String(size.articles))
      const generated = await generateCorpus(dir, size.articles, join(ctx.root, 'seeds'))
      ctx.log(`corpus load: ${n(size.articles)} articles (${(generated.bytes / MB).toFixed(1)} MB generated)`)
      const r = await forkMeasure<CorpusLoadResult>(resolve(import.meta.dirname, 'corpus-load.child.ts'), [dir, String(size.repeats)], ctx.root)
      if (r.articles !== size.articles || r.errors !== 0) {
        throw new Error(`corpus of ${size.articles} loaded as ${r.articles} articles and ${r.errors} errors`)
      }
      const goal = size.goalMs !== undefined ? { max: size.goalMs, source: 'issue: corpus load' } : undefined
      const label = `${n(size.articles)} articles`
      rows.push(
        { name: `load ${label}: 1st load, fresh process`, value: r.firstLoadMs, unit: 'ms', reference: { label: 'read files only', value: r.firstReadMs }, ...(goal ? { goal } : {}) },
        { name: `load ${label}: warm, p50 of ${r.loadMs.length}`, value: p50(r.loadMs), unit: 'ms', reference: { label: 'read files only', value: p50(r.readMs) }, ...(goal ? { goal } : {}) },
        { name: `load ${label}: heap retained`, value: r.heapRetainedBytes / MB, unit: 'MB', reference: { label: 'size on disk', value: r.bytes / MB } },
        { name: `load ${label}: peak RSS growth, 1st load`, value: r.rssGrowthBytes / MB, unit: 'MB', reference: { label: 'size on disk', value: r.bytes / MB } },
      )
    }
    return rows
  },
}
