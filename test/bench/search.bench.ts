import { copyFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { canonicalText, decodeBytes } from '../../src/core/corpus/decode'
import { buildArticle } from '../../src/core/corpus/parse-article'
import type { Article } from '../../src/core/corpus/types'
import type { SearchResults } from '../../src/core/search/types'
import { withArticleSnippets } from '../../src/backend/search/article-snippets'
import { articleDoc } from '../../src/backend/search/search-docs'
import type { SearchMethods } from '../../src/backend/search/search-methods'
import { WorkerClient } from '../../src/backend/workers/worker-client'
import { longestBlock } from './event-loop-lag'
import { generateArticleText, readSeedPools } from './generate-corpus'
import { RECALL_CASES, recallOf, relevant, stockIndex } from './search-recall'
import type { Row, Section, SectionContext } from './section'
import { p50, p95 } from './stats'

const ARTICLES = 10_000
const BATCH = 200
const REPEATS = 5
const ALL = 100_000

/** What a reader types: a name letter by letter (one query per keystroke, before the debounce), then whole queries. */
const QUERIES = [
  ...['زو', 'زوك', 'زوكر', 'زوكرب', 'زوكربي', 'زوكربير', 'زوكربيرج'],
  ...['ميتا', 'لميتا', 'مِيتَا', 'الذكاء الاصطناعي', 'الذكاء الاصطناعي ', 'ألكسندر وانغ', 'Scale AI', 'Meta', 'OpenAI', 'مختبر', 'استثمار', 'مليار دولار', 'جوجل', 'يان لوكون', 'شركة ميتا للذكاء الاصطناعي'],
]

/** Articles generated from pools: all from one, or article i from pool i mod n (one story each). */
function articlesFrom(poolDirs: string[]): Article[] {
  // A source without a title line or a long paragraph cannot seed articles on its own: left out.
  const pools = poolDirs.flatMap((dir) => {
    try {
      return [readSeedPools(dir)]
    } catch {
      return []
    }
  })
  return Array.from({ length: ARTICLES }, (_, i) => {
    const file = generateArticleText(pools[i % pools.length] as ReturnType<typeof readSeedPools>, i)
    const decoded = decodeBytes(new Uint8Array(file.bytes))
    if (!decoded.ok) throw new Error(`${file.name}: ${decoded.message}`)
    return buildArticle(file.name.replace('.txt', ''), file.name, canonicalText(decoded.text), decoded.encoding, () => '')
  })
}

interface Measured {
  buildMs: number
  longestMs: number
  stockBuildMs: number
  queryMs: number[]
  stockQueryMs: number[]
  recall: { ours: Map<string, number[]>; stock: Map<string, number[]> }
}

/** Indexes `articles` in the search worker as the app does (200 a message, then the warm-up), and queries it. */
async function measure(ctx: SectionContext, label: string, articles: Article[]): Promise<Measured> {
  const client = new WorkerClient<SearchMethods>('search-worker')
  try {
    await client.remote.size() // the thread starts before the clock runs, as it does while the app opens
    ctx.log(`search (${label}): indexing ${ARTICLES.toLocaleString('en-US')} articles in the worker`)
    const build = await longestBlock(async () => {
      for (let at = 0; at < articles.length; at += BATCH) await client.remote.put(articles.slice(at, at + BATCH).map(articleDoc))
      await client.remote.warm((articles[0]?.meta.title ?? '').split(/\s+/).filter((w) => w.length > 3))
    })
    const plain = articles.map((a) => ({ id: a.id, text: a.text }))
    const stockStarted = performance.now()
    const stock = stockIndex(plain)
    const stockBuildMs = performance.now() - stockStarted

    const queryMs: number[] = []
    const stockQueryMs: number[] = []
    const byId = new Map(articles.map((a) => [a.id, a]))
    for (let r = 0; r < REPEATS; r++) {
      for (const q of QUERIES) {
        const t = performance.now()
        // The worker keeps no article text: snippets are cut here, as SearchService does.
        withArticleSnippets(await client.remote.search(q, { limit: 20 }), (id) => byId.get(id))
        queryMs.push(performance.now() - t)
        const s = performance.now()
        stock.search(q)
        stockQueryMs.push(performance.now() - s)
      }
    }

    const recall = { ours: new Map<string, number[]>(), stock: new Map<string, number[]>() }
    for (const c of RECALL_CASES) {
      const wanted = relevant(plain, c)
      const ours: SearchResults = await client.remote.search(c.query, { kinds: ['article'], limit: ALL })
      const oursFound = new Set(ours.groups[0]?.hits.map((h) => h.ref) ?? [])
      const stockFound = new Set(stock.search(c.query, { combineWith: 'AND' }).map((h) => String(h.id)))
      for (const [who, found] of [['ours', oursFound], ['stock', stockFound]] as const) recall[who].set(c.group, [...(recall[who].get(c.group) ?? []), recallOf(found, wanted)])
      ctx.log(`search (${label}): "${c.query}" relevant ${wanted.size}, found by ours ${oursFound.size}, by stock ${stockFound.size}`)
    }
    return { buildMs: build.totalMs, longestMs: build.longestMs, stockBuildMs, queryMs, stockQueryMs, recall }
  } finally {
    await client.close()
  }
}

const percent = (xs: number[] = []): number => (xs.length ? (100 * xs.reduce((a, b) => a + b, 0)) / xs.length : 0)

/**
 * Search (issue: library, import and search): 10,000 generated articles indexed in the search worker
 * (as the app does, 200 a message) while the main thread's longest block is measured; queries
 * answered by the worker (round trip, snippets included); stock MiniSearch on the same corpus in
 * this process beside each figure; recall on spelling variants, proclitics and tashkeel for both,
 * scored against a judgement written apart from the index. Two corpora: generated from the five
 * seeds together (all about Meta and AI, paragraphs mixed: every query matches 40–100 % of the
 * articles, a worst case), and one story per article — article i rewritten from one of the 32
 * sources (the seeds and the 27 real articles of ../shared/eval/articles), as news is.
 */
export const searchSection: Section = {
  name: 'search',
  async run(ctx) {
    const storyDirs: string[] = []
    for (const dir of [join(ctx.root, 'seeds'), join(ctx.root, '..', 'shared', 'eval', 'articles')]) {
      for (const name of (await readdir(dir).catch(() => [])).filter((n) => n.endsWith('.txt'))) {
        const one = await ctx.tempDir('search-story')
        await copyFile(join(dir, name), join(one, name))
        storyDirs.push(one)
      }
    }
    const worst = await measure(ctx, 'seeds mixed', articlesFrom([join(ctx.root, 'seeds')]))
    const mixed = await measure(ctx, 'one story each', articlesFrom(storyDirs))
    const goal = (max: number) => ({ max, source: 'issue: library, import and search' })
    const n = ARTICLES.toLocaleString('en-US')
    const rows: Row[] = []
    for (const [label, m] of [['seeds mixed (worst case)', worst], [`one story each, ${storyDirs.length} sources`, mixed]] as const) {
      rows.push(
        { name: `${label}: build the index of ${n} articles in the search worker`, value: m.buildMs, unit: 'ms', reference: { label: 'stock MiniSearch addAll, this thread', value: m.stockBuildMs }, goal: goal(10_000) },
        { name: `${label}: longest main-thread block while the worker indexes`, value: m.longestMs, unit: 'ms', reference: { label: 'stock build, all on this thread', value: m.stockBuildMs }, goal: goal(100) },
        { name: `${label}: query p50 (${QUERIES.length} queries × ${REPEATS}, round trip, snippets)`, value: p50(m.queryMs), unit: 'ms', reference: { label: 'stock MiniSearch p50, no snippets', value: p50(m.stockQueryMs) } },
        { name: `${label}: query p95`, value: p95(m.queryMs), unit: 'ms', reference: { label: 'stock MiniSearch p95', value: p95(m.stockQueryMs) }, goal: goal(30) },
      )
    }
    for (const group of ['spelling', 'clitic', 'tashkeel']) {
      rows.push({ name: `one story each: recall on ${group} cases, % of relevant articles`, value: percent(mixed.recall.ours.get(group)), unit: 'count', reference: { label: 'stock MiniSearch, %', value: percent(mixed.recall.stock.get(group)) } })
    }
    return rows
  },
}
