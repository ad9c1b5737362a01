import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { loadCorpusDir } from '../../src/backend/library/corpus-loader'
import { collectGarbage } from './memory'
import { readAllFiles } from './read-all-files'

/**
 * One corpus size, measured in a fresh Node process (forked by corpus-load.bench.ts), so the first
 * load is what the app pays at start-up (cold JIT, warm page cache) and the memory figures are not
 * blurred by an earlier, larger corpus. Prints nothing; sends one CorpusLoadResult to the parent.
 */
export interface CorpusLoadResult {
  articles: number
  errors: number
  bytes: number
  firstReadMs: number
  firstLoadMs: number
  readMs: number[]
  loadMs: number[]
  /** Heap still used after the first load and a full GC, minus before it: what the corpus keeps. */
  heapRetainedBytes: number
  /** Growth of the process's peak RSS during the first load (transient buffers included). */
  rssGrowthBytes: number
}

/** Peak resident set so far, in bytes (never decreases, so a growth figure is never negative). */
const peakRss = (): number => process.resourceUsage().maxRSS * 1024

async function measure(dir: string, repeats: number): Promise<CorpusLoadResult> {
  // Pay node:fs's one-time start-up on another file, so the first timed read measures reading.
  await readFile(fileURLToPath(import.meta.url))
  let t = performance.now()
  const { bytes } = await readAllFiles(dir)
  const firstReadMs = performance.now() - t

  collectGarbage()
  const before = process.memoryUsage()
  const peakBefore = peakRss()
  t = performance.now()
  const corpus = await loadCorpusDir(dir)
  const firstLoadMs = performance.now() - t
  const rssGrowthBytes = peakRss() - peakBefore
  collectGarbage()
  const heapRetainedBytes = process.memoryUsage().heapUsed - before.heapUsed
  const articles = corpus.articles.length
  const errors = corpus.errors.length

  const readMs: number[] = []
  const loadMs: number[] = []
  for (let r = 0; r < repeats; r++) {
    t = performance.now()
    await readAllFiles(dir)
    readMs.push(performance.now() - t)
    t = performance.now()
    await loadCorpusDir(dir)
    loadMs.push(performance.now() - t)
  }
  return { articles, errors, bytes, firstReadMs, firstLoadMs, readMs, loadMs, heapRetainedBytes, rssGrowthBytes }
}

const [dir, repeats] = process.argv.slice(2)
if (!dir || !process.send) throw new Error('corpus-load.child.ts is forked by corpus-load.bench.ts')
measure(dir, Number(repeats ?? 5)).then(
  (result) => process.send?.(result, () => process.exit(0)),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
