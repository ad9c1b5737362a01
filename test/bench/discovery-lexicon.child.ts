import { existsSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { loadArabicLexicon } from '../../src/backend/discovery/arabic-lexicon'
import { collectGarbage } from './memory'

/**
 * One load of the Arabic word list, measured in a fresh Node process (forked by
 * discovery.bench.ts): cold when the cache file does not exist yet (the package is decoded and the
 * cache written), warm when it does. Beside it, the raw cost of the bytes alone: gunzip of the
 * package (cold) or reading the cache file (warm). Sends one LexiconLoadResult to the parent.
 */
export interface LexiconLoadResult {
  cold: boolean
  loadMs: number
  /** gunzip of the package's trie (cold) or reading the cache file (warm), nothing else. */
  bytesOnlyMs: number
  /** Heap and buffers still held after the load and a full GC, minus before it: what the lexicon keeps. */
  retainedBytes: number
  /** Growth of the process's peak RSS during the load (transient buffers included). */
  rssGrowthBytes: number
  cacheBytes: number
  /** A word it must know and a name it must not: the lexicon loaded is the real one. */
  sane: boolean
}

const peakRss = (): number => process.resourceUsage().maxRSS * 1024
const held = (): number => {
  const m = process.memoryUsage()
  return m.heapUsed + m.external
}

function measure(cacheFile: string): LexiconLoadResult {
  const cold = !existsSync(cacheFile)
  collectGarbage()
  const before = held()
  const peakBefore = peakRss()
  let t = performance.now()
  // Without the list `npm run build` wrote: cold decodes the package and writes the cache, warm reads it.
  const lexicon = loadArabicLexicon(cacheFile, [])
  const loadMs = performance.now() - t
  const rssGrowthBytes = peakRss() - peakBefore
  collectGarbage()
  const retainedBytes = held() - before
  const sane = lexicon.knows('كتاب') && !lexicon.knows('زوكربيرغ')

  t = performance.now()
  if (cold) {
    const packageDir = dirname(createRequire(import.meta.url).resolve('@cspell/dict-ar/cspell-ext.json'))
    gunzipSync(readFileSync(join(packageDir, 'ar.trie.gz')))
  } else readFileSync(cacheFile)
  const bytesOnlyMs = performance.now() - t
  return { cold, loadMs, bytesOnlyMs, retainedBytes, rssGrowthBytes, cacheBytes: statSync(cacheFile).size, sane }
}

process.send?.(measure(process.argv[2] as string))
