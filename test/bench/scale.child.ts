import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openBackend } from '../../src/backend/backend'
import { createHandlers } from '../../src/backend/handlers'
import { longestBlock } from './event-loop-lag'

/**
 * One start of the app's backend over a large library, in a fresh process (forked by
 * scale.bench.ts): open (library usable), first search build or load (searchable), the first
 * queries, and, given a folder of new files, an import of them while the main thread is watched.
 * Prints nothing; sends one ScaleStartResult to the parent.
 */
export interface ScaleStartResult {
  articles: number
  libraryMs: number
  searchableMs: number
  fromSaved: number
  indexedAtStart: number
  /** The longest main-thread block from the start to searchable. */
  startLongestMs: number
  firstQueryMs: number[]
  againQueryMs: number[]
  imported: number
  importMs: number
  importLongestMs: number
  closeMs: number
  /** From the start until the background pass had read every text the manifest left out. */
  textsReadMs: number
  /** The entity page of a name in nearly every article (ENTITY_PAGE_OF), after the saved mention index was read. */
  entityPageMs: number
  entityPageLongestMs: number
  peakRssBytes: number
}

export const SCALE_QUERIES = ['زوكربيرج', 'ميتا', 'الذكاء الاصطناعي', 'ألكسندر وانغ', 'Scale AI', 'مليار دولار', 'مختبر', 'جوجل', 'يان لوكون', 'استثمار']
const IMPORT_BATCH = 50
/** Named in nearly every generated article: the page that costs most. */
export const ENTITY_PAGE_OF = 'meta'

async function measure(dataDir: string, seedsDir: string, importDir: string | undefined, withSearch: boolean): Promise<ScaleStartResult> {
  const started = performance.now()
  const start = await longestBlock(async () => {
    const backend = await openBackend({ dataDir, seedsDir, workers: 'threads', search: 'at-start' }) // as the desktop app opens
    const libraryMs = performance.now() - started
    const articles = backend.library().articles.length
    if (withSearch) {
      backend.librarian.search.start()
      await backend.librarian.search.settled()
    }
    const state = backend.librarian.search.snapshot()
    if (withSearch && state.state !== 'ready') throw new Error(`search index ${state.state}: ${state.error ?? ''}`)
    return { backend, libraryMs, articles, searchableMs: performance.now() - started }
  })
  const { backend, libraryMs, articles, searchableMs } = start.value
  const search = backend.librarian.search
  const counts = search.buildCounts()

  const timeQueries = async (): Promise<number[]> => {
    const ms: number[] = []
    for (const q of SCALE_QUERIES) {
      const t = performance.now()
      await search.search(q, { limit: 20 })
      ms.push(performance.now() - t)
    }
    return ms
  }
  const firstQueryMs = withSearch ? await timeQueries() : []
  const againQueryMs = withSearch ? [...(await timeQueries()), ...(await timeQueries())] : []
  // The texts the manifest left out, read in the background: part of what a start costs in memory.
  await backend.textsRead
  const textsReadMs = performance.now() - started
  await backend.mentionsRead
  const page = await longestBlock(() => createHandlers(backend).getEntityPage([ENTITY_PAGE_OF]))
  if (!page.value.ok) throw new Error(`entity page: ${page.value.error.message}`)

  let imported = 0
  let importMs = 0
  let importLongestMs = 0
  if (importDir) {
    const names = (await readdir(importDir)).sort()
    const files = await Promise.all(names.map(async (name) => ({ name, data: (await readFile(join(importDir, name))).toString('base64') })))
    const run = await longestBlock(async () => {
      for (let at = 0; at < files.length; at += IMPORT_BATCH) {
        const report = await backend.librarian.importFiles(files.slice(at, at + IMPORT_BATCH))
        imported += report.imported.length
      }
    })
    importMs = run.totalMs
    importLongestMs = run.longestMs
    await search.settled()
  }

  const closing = performance.now()
  await backend.close()
  const closeMs = performance.now() - closing
  return {
    articles,
    libraryMs,
    searchableMs,
    fromSaved: counts.fromSaved,
    indexedAtStart: counts.indexed,
    startLongestMs: start.longestMs,
    firstQueryMs,
    againQueryMs,
    imported,
    importMs,
    importLongestMs,
    closeMs,
    textsReadMs,
    entityPageMs: page.totalMs,
    entityPageLongestMs: page.longestMs,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  }
}

const [dataDir, seedsDir, importDir, search] = process.argv.slice(2)
if (!dataDir || !seedsDir || !process.send) throw new Error('scale.child.ts is forked by scale.bench.ts')
measure(dataDir, seedsDir, importDir || undefined, search !== 'no-search').then(
  (result) => process.send?.(result, () => process.exit(0)),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
