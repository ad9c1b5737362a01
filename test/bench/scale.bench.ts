import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { forkMeasure } from './fork-measure'
import { generateArticleText, generateCorpus, readSeedPools } from './generate-corpus'
import { readAllFiles } from './read-all-files'
import type { ScaleStartResult } from './scale.child'
import type { Row, Section } from './section'
import { MB, p95 } from './stats'

/** The library size measured (BENCH_SCALE_ARTICLES tries a smaller one while working on this). */
const ARTICLES = Number(process.env.BENCH_SCALE_ARTICLES ?? 100_000)
/** BENCH_SCALE_SEARCH=off leaves search out (the library's figures only, a shorter run). */
const WITH_SEARCH = process.env.BENCH_SCALE_SEARCH !== 'off'
/** New articles imported into the large library, after its start. */
const IMPORTED = 1_000
const GOAL = 'issue 13: a decade of news on one machine'
const n = (count: number): string => count.toLocaleString('en-US')

/**
 * A decade of news on one machine: a data folder holding 100,000 generated articles (seed
 * sentences shuffled, generated once per run, the time stated apart), opened by the real backend
 * in a fresh process twice: first with no saved search index (it is built and saved), then as
 * every later start is (the saved index loaded), followed by an import of 1,000 new articles
 * while the main thread is watched. Figures are the later start's; the first is their reference.
 */
export const scaleSection: Section = {
  name: `scale ${ARTICLES >= 1000 ? `${ARTICLES / 1000}k` : ARTICLES}`,
  async run(ctx) {
    const data = await ctx.tempDir('scale-data')
    const incoming = await ctx.tempDir('scale-incoming')
    const seeds = join(ctx.root, 'seeds')
    const generating = performance.now()
    ctx.log(`scale: generating ${n(ARTICLES)} articles (once per run, not measured)`)
    const generated = await generateCorpus(join(data, 'imports'), ARTICLES, seeds)
    const pools = readSeedPools(seeds)
    await mkdir(incoming, { recursive: true })
    for (let k = 0; k < IMPORTED; k++) {
      const file = generateArticleText(pools, ARTICLES + k)
      await writeFile(join(incoming, file.name), file.bytes)
    }
    const generationS = (performance.now() - generating) / 1000
    const readStarted = performance.now()
    await readAllFiles(join(data, 'imports'))
    const readMs = performance.now() - readStarted

    const child = resolve(import.meta.dirname, 'scale.child.ts')
    ctx.log('scale: first start (no saved index: built, then saved at close)')
    const search = WITH_SEARCH ? 'search' : 'no-search'
    const first = await forkMeasure<ScaleStartResult>(child, [data, seeds, '', search], ctx.root)
    ctx.log(`scale: first start done (library usable after ${(first.libraryMs / 1000).toFixed(1)} s); later start, then an import of ${n(IMPORTED)}`)
    const later = await forkMeasure<ScaleStartResult>(child, [data, seeds, incoming, search], ctx.root)
    if ((WITH_SEARCH && later.fromSaved < ARTICLES) || later.imported !== IMPORTED) {
      throw new Error(`the later start took ${later.fromSaved} articles from the saved index and imported ${later.imported}`)
    }

    ctx.log(`scale: first start ${JSON.stringify({ ...first, firstQueryMs: undefined, againQueryMs: undefined })}`)
    ctx.log(`scale: later start ${JSON.stringify({ ...later, firstQueryMs: undefined, againQueryMs: undefined })}`)
    const lib = `${n(ARTICLES)} articles`
    const goal = (max: number) => ({ max, source: GOAL })
    const msPerArticle = later.importMs / later.imported
    const searchRows = (): Row[] => [
      { name: `${lib}: start to searchable (saved index)`, value: later.searchableMs, unit: 'ms', reference: { label: 'first start, index built from nothing', value: first.searchableMs }, goal: goal(3_000) },
      { name: `${lib}: longest main-thread block, start to searchable`, value: later.startLongestMs, unit: 'ms', reference: { label: 'first start', value: first.startLongestMs } },
      { name: `${lib}: first queries p95 (right after searchable, round trip with snippets)`, value: p95(later.firstQueryMs), unit: 'ms', reference: { label: 'the same queries again, p95', value: p95(later.againQueryMs) }, goal: goal(50) },
    ]
    const rows: Row[] = [
      { name: `${lib}: start to library usable (manifest)`, value: later.libraryMs, unit: 'ms', reference: { label: 'read the files only', value: readMs }, goal: goal(2_000) },
      ...(WITH_SEARCH ? searchRows() : []),
      {
        name: `${lib}: entity page of a name in nearly every article (mentions from the saved scans)`,
        value: later.entityPageMs,
        unit: 'ms',
        reference: { label: 'the first start, every article scanned', value: first.entityPageMs },
      },
      { name: `${lib}: longest main-thread block, entity page`, value: later.entityPageLongestMs, unit: 'ms', reference: { label: 'the first start', value: first.entityPageLongestMs }, goal: goal(50) },
      { name: `${lib}: every text read by the background pass, from the start`, value: later.textsReadMs, unit: 'ms', reference: { label: 'first start to library usable (all parsed)', value: first.libraryMs } },
      { name: `${lib}: peak RSS of the process (worker threads included${WITH_SEARCH ? '' : ', no search index'})`, value: later.peakRssBytes / MB, unit: 'MB', reference: { label: 'text on disk', value: generated.bytes / MB }, goal: goal(1_536) },
      {
        name: `${lib}: import of ${n(IMPORTED)} more, ms per article (≥ 100 articles/s is ≤ 10 ms)`,
        value: msPerArticle,
        unit: 'ms',
        reference: { label: 'articles/s', value: 1000 / msPerArticle, unit: 'count' },
        goal: goal(10),
      },
      { name: `${lib}: longest main-thread block during that import`, value: later.importLongestMs, unit: 'ms', reference: { label: 'during the later start', value: later.startLongestMs }, goal: goal(50) },
      { name: `${lib}: first start to library usable (no manifest: every file parsed)`, value: first.libraryMs, unit: 'ms', reference: { label: 'read the files only', value: readMs } },
      { name: `${lib}: closing after the first start${WITH_SEARCH ? ' (the index saved)' : ''}`, value: first.closeMs, unit: 'ms', reference: { label: 'closing after the later start', value: later.closeMs } },
      { name: `${lib}: peak RSS, first start`, value: first.peakRssBytes / MB, unit: 'MB', reference: { label: 'text on disk', value: generated.bytes / MB }, note: `generating the ${lib} (${(generated.bytes / MB).toFixed(0)} MB) and ${n(IMPORTED)} to import took ${generationS.toFixed(0)} s, not measured` },
    ]
    return rows
  },
}
