import { join } from 'node:path'
import { performance as nodePerformance, PerformanceObserver } from 'node:perf_hooks'
import { serialize } from 'node:v8'
import { discoveryRunner, TEXTS_PER_MESSAGE } from '../../src/backend/discovery/discovery-runner'
import { loadArabicLexicon } from '../../src/backend/discovery/arabic-lexicon'
import { canonicalText, decodeBytes } from '../../src/core/corpus/decode'
import { buildArticle } from '../../src/core/corpus/parse-article'
import { chromeRanges } from '../../src/core/entities/article-mentions'
import { discoverNames } from '../../src/core/entities/discovery/discover'
import type { Lexicon } from '../../src/core/entities/discovery/lexicon'
import type { DiscoveryText } from '../../src/core/entities/discovery/types'
import { MentionIndex } from '../../src/core/entities/mention-index'
import { loadStarterRegistry } from '../fixtures/seed-mentions'
import { seed, seedFiles } from '../support/seeds'
import type { LexiconLoadResult } from './discovery-lexicon.child'
import { longestBlock } from './event-loop-lag'
import { forkMeasure } from './fork-measure'
import { collectGarbage } from './memory'
import { generateArticleText, readSeedPools } from './generate-corpus'
import type { Row, Section, SectionContext } from './section'
import { max, MB, p50, p95 } from './stats'

const LIBRARY = 10_000
const ONE_ARTICLE_GENERATED = 500
const SEED_REPEATS = 20
const IDLE_MS = 5000
const goal = (max: number) => ({ max, source: 'issue 10: entity discovery' })

/**
 * Entity discovery (issue 10): the Arabic word list loaded cold and warm (fresh processes); one
 * article discovered by the engine inline, beside the registry's mention scan of the same article;
 * a library of 10,000 generated articles discovered in the discovery worker, beside the mention scan
 * of all of them (what finding their known names costs). Meanwhile the main thread's longest block
 * is measured, beside the same thread left idle just before: on a shared 2-core machine a thread
 * that does nothing still waits for a core, so the idle figure is the floor; its busy time (event-
 * loop utilisation) says how much of the block is work of its own.
 */
export const discovery: Section = {
  name: 'discovery',
  async run(ctx) {
    const cacheFile = join(await ctx.tempDir('discovery-lexicon'), 'ar-words.btrie')
    const child = join(ctx.root, 'test/bench/discovery-lexicon.child.ts')
    ctx.log('discovery: loading the word list cold, then warm, each in a fresh process')
    const cold = await forkMeasure<LexiconLoadResult>(child, [cacheFile], ctx.root)
    const warm = await forkMeasure<LexiconLoadResult>(child, [cacheFile], ctx.root)
    if (!cold.cold || warm.cold || !cold.sane || !warm.sane) throw new Error(`the word list did not load as expected: ${JSON.stringify({ cold, warm })}`)

    const registry = loadStarterRegistry()
    const registryNames = registry.flatMap((e) => [e.nameAr, e.nameLatin, ...e.aliases])
    const index = new MentionIndex(registry)
    ctx.log(`discovery: generating ${LIBRARY.toLocaleString('en')} articles`)
    const library = generatedArticles(ctx)
    const lexicon = loadArabicLexicon(cacheFile)
    const one = oneArticle(lexicon, index, registryNames, library.slice(0, ONE_ARTICLE_GENERATED))

    ctx.log('discovery: finding the registry’s mentions in every article (this thread)')
    const scanStarted = performance.now()
    const texts: DiscoveryText[] = library.map((a) => ({ ...a, known: index.find(a.text, { skip: a.skip }) }))
    const scanMs = performance.now() - scanStarted
    const whole = await wholeLibrary(ctx, cacheFile, texts, registryNames)

    const n = LIBRARY.toLocaleString('en')
    return [
      { name: `word list, cold: decode @cspell/dict-ar and write the cache (fresh process)`, value: cold.loadMs, unit: 'ms', reference: { label: 'gunzip of the package alone', value: cold.bytesOnlyMs } },
      { name: '  … memory kept after the cold load (heap + buffers)', value: cold.retainedBytes / MB, unit: 'MB', reference: { label: 'peak RSS growth during it', value: cold.rssGrowthBytes / MB } },
      { name: `word list, warm: read the cache (${(warm.cacheBytes / MB).toFixed(1)} MB, fresh process)`, value: warm.loadMs, unit: 'ms', reference: { label: 'read the cache file alone', value: warm.bytesOnlyMs } },
      { name: '  … memory kept after the warm load (heap + buffers)', value: warm.retainedBytes / MB, unit: 'MB', reference: { label: 'peak RSS growth during it', value: warm.rssGrowthBytes / MB } },
      { name: `one article, the five seeds × ${SEED_REPEATS}: discovery p95 (engine inline, word list loaded)`, value: p95(one.seeds.discover), unit: 'ms', reference: { label: 'mention scan of the same article, p95', value: p95(one.seeds.scan) }, goal: goal(20) },
      { name: `one article, ${ONE_ARTICLE_GENERATED} generated articles: discovery p95`, value: p95(one.generated.discover), unit: 'ms', reference: { label: 'mention scan of the same article, p95', value: p95(one.generated.scan) }, goal: goal(20) },
      { name: `library of ${n} generated articles discovered in the worker (${whole.names} names, ${whole.occurrences.toLocaleString('en')} occurrences)`, value: whole.totalMs, unit: 'ms', reference: { label: `mention scan of all ${n}, this thread`, value: scanMs }, goal: goal(60_000) },
      { name: '  … longest main-thread block meanwhile', value: whole.longestMs, unit: 'ms', reference: { label: `this thread idle ${IDLE_MS / 1000} s just before, no discovery`, value: whole.idleLongestMs }, goal: goal(50), note: `longest main-thread GC pause meanwhile ${whole.longestGcMs.toFixed(0)} ms (this thread holds the 10,000 articles, as the app's main process holds its library); the request as one message would cost ${whole.serializeMs.toFixed(0)} ms to serialise (v8.serialize, ${(whole.requestBytes / MB).toFixed(0)} MB), hence batches of ${TEXTS_PER_MESSAGE}: one serialises in ${p50(whole.batchSerializeMs).toFixed(1)} ms (p50), ${max(whole.batchSerializeMs).toFixed(1)} ms at most` },
      { name: '  … main thread busy during the pass, in all (event-loop utilisation: time run, not time waited for a core)', value: whole.busyMs, unit: 'ms', reference: { label: `the same over ${IDLE_MS / 1000} s idle just before`, value: whole.idleBusyMs } },
      { name: '  … worker heap size after the pass (V8 total heap)', value: whole.workerHeapAfter.total / MB, unit: 'MB', reference: { label: 'before it, word list loaded', value: whole.workerHeapBefore.total / MB }, note: `worker heap in use after the pass ${(whole.workerHeapAfter.used / MB).toFixed(0)} MB (uncollected garbage included), before it ${(whole.workerHeapBefore.used / MB).toFixed(0)} MB` },
      { name: '  … peak process RSS during the pass', value: whole.peakRss / MB, unit: 'MB', reference: { label: 'process RSS before it', value: whole.rssBefore / MB } },
    ] satisfies Row[]
  },
}

/** Articles 0..LIBRARY-1 of the generated corpus, parsed as the corpus loader parses them. */
function generatedArticles(ctx: SectionContext): { text: string; skip: { start: number; end: number }[] }[] {
  const pools = readSeedPools(join(ctx.root, 'seeds'))
  return Array.from({ length: LIBRARY }, (_, i) => {
    const file = generateArticleText(pools, i)
    const decoded = decodeBytes(new Uint8Array(file.bytes))
    if (!decoded.ok) throw new Error(`${file.name}: ${decoded.message}`)
    const article = buildArticle(file.name, file.name, canonicalText(decoded.text), decoded.encoding, () => '')
    return { text: article.text, skip: chromeRanges(article) }
  })
}

interface Timings {
  discover: number[]
  scan: number[]
}

/** Each article discovered on its own (as when one is opened), beside the registry scan of it. */
function oneArticle(lexicon: Lexicon, index: MentionIndex, registryNames: string[], generated: { text: string; skip: { start: number; end: number }[] }[]): { seeds: Timings; generated: Timings } {
  const seeds = seedFiles().map((f) => {
    const article = seed(f.slice(0, 3))
    return { text: article.text, skip: chromeRanges(article) }
  })
  const time = (articles: typeof seeds, repeats: number): Timings => {
    const out: Timings = { discover: [], scan: [] }
    for (let r = 0; r < repeats; r++) {
      for (const a of articles) {
        let t = performance.now()
        const known = index.find(a.text, { skip: a.skip })
        out.scan.push(performance.now() - t)
        t = performance.now()
        discoverNames([{ ...a, known }], { lexicon, registryNames })
        out.discover.push(performance.now() - t)
      }
    }
    return out
  }
  time([...seeds, ...generated.slice(0, 50)], 1) // JIT warm-up: neither figure pays for compiling
  return { seeds: time(seeds, SEED_REPEATS), generated: time(generated, 1) }
}

/** The whole library in one pass of the discovery worker, the main thread watched meanwhile. */
async function wholeLibrary(ctx: SectionContext, cacheFile: string, texts: DiscoveryText[], registryNames: string[]) {
  const request = { texts, registryNames }
  let t = performance.now()
  const requestBytes = serialize(request).length
  const serializeMs = performance.now() - t
  const batchSerializeMs: number[] = []
  for (let at = 0; at < texts.length; at += TEXTS_PER_MESSAGE) {
    const b = performance.now()
    serialize(texts.slice(at, at + TEXTS_PER_MESSAGE))
    batchSerializeMs.push(performance.now() - b)
  }

  const runner = discoveryRunner({ workers: 'threads', lexiconCache: cacheFile })
  try {
    const lexiconMs = await runner.warm() // the thread and its word list are up before the clock runs
    const workerHeapBefore = (await runner.heap())
    ctx.log(`discovery: worker ready (word list ${lexiconMs.toFixed(0)} ms); discovering ${texts.length.toLocaleString('en')} articles`)
    // Generating 10,000 articles just now left this heap fragmented, which an app that loaded its
    // library long ago is not: collected first, so a compaction of the bench's own garbage is not
    // counted against discovery. The GC pauses that remain are reported beside the longest block.
    collectGarbage()
    // What this machine does to an idle event loop (2 shared cores): the floor under the figure.
    let elu = nodePerformance.eventLoopUtilization()
    const idle = await longestBlock(() => new Promise((resolve) => setTimeout(resolve, IDLE_MS)))
    const idleBusyMs = nodePerformance.eventLoopUtilization(elu).active
    elu = nodePerformance.eventLoopUtilization()
    const rssBefore = process.memoryUsage.rss()
    let peakRss = rssBefore
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100)
    let longestGcMs = 0
    const gcs = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longestGcMs = Math.max(longestGcMs, entry.duration)
    })
    gcs.observe({ entryTypes: ['gc'] })
    t = performance.now()
    const pass = await longestBlock(() => runner.discover(request)).finally(() => clearInterval(sampler))
    const totalMs = performance.now() - t
    const busyMs = nodePerformance.eventLoopUtilization(elu).active
    await new Promise((resolve) => setTimeout(resolve, 50)) // GC entries reach the observer a tick late
    gcs.disconnect()
    const workerHeapAfter = (await runner.heap())
    const occurrences = pass.value.reduce((sum, name) => sum + name.occurrences.length, 0)
    ctx.log(`discovery: ${pass.value.length} names, ${occurrences.toLocaleString('en')} occurrences in ${(totalMs / 1000).toFixed(1)} s`)
    return { totalMs, longestMs: pass.longestMs, idleLongestMs: idle.longestMs, batchSerializeMs, busyMs, idleBusyMs, longestGcMs, names: pass.value.length, occurrences, requestBytes, serializeMs, workerHeapBefore, workerHeapAfter, rssBefore, peakRss }
  } finally {
    await runner.close()
  }
}
