import { join } from 'node:path'
import { openBackend, type Backend } from '../../src/backend/backend'
import { createHandlers } from '../../src/backend/handlers'
import { parseImport } from '../../src/backend/import/parse-import'
import type { ImportReport } from '../../src/shared/library-api'
import { hostilePage } from '../support/hostile-page'
import { seed } from '../support/seeds'
import { longestBlock } from './event-loop-lag'
import { generateArticleText, readSeedPools } from './generate-corpus'
import type { Row, Section } from './section'

const FILES = 1_000
const PAGES = 50
/** What the page sends per request (src/renderer/src/features/library/import/read-files.ts). */
const CHUNK = 20

type ImportFile = { name: string; data: string }

async function importAll(backend: Backend, files: ImportFile[]): Promise<ImportReport> {
  const handlers = createHandlers(backend)
  const report: ImportReport = { imported: [], duplicates: [], failed: [] }
  for (let at = 0; at < files.length; at += CHUNK) {
    const result = await handlers.importFiles([files.slice(at, at + CHUNK)])
    if (!result.ok) throw new Error(result.error.message)
    const part = result.value as ImportReport
    report.imported.push(...part.imported)
    report.duplicates.push(...part.duplicates)
    report.failed.push(...part.failed)
  }
  return report
}

/** A backend as the app runs it: search index built and kept up to date while importing. */
async function backendFor(dataDir: string, seedsDir: string, workers: 'threads' | 'inline'): Promise<Backend> {
  const backend = await openBackend({ dataDir, seedsDir, workers })
  backend.librarian.search.status()
  await backend.librarian.search.settled()
  // Start the parse worker (as the first import of a session does) before the clock runs.
  await createHandlers(backend).importFiles([[{ name: 'warm.txt', data: Buffer.from('مقال قصير للتسخين\n\nنص قصير جدًا عن لا شيء.').toString('base64') }]])
  return backend
}

async function measure(ctx: Parameters<Section['run']>[0], label: string, files: ImportFile[], workers: 'threads' | 'inline') {
  const backend = await backendFor(await ctx.tempDir(`import-${label}-${workers}`), join(ctx.root, 'seeds'), workers)
  try {
    const run = await longestBlock(() => importAll(backend, files))
    await backend.librarian.search.settled()
    if (run.value.imported.length !== files.length) throw new Error(`${label}: imported ${run.value.imported.length} of ${files.length} (${JSON.stringify(run.value.failed.slice(0, 2))})`)
    return run
  } finally {
    await backend.close()
  }
}

/**
 * Import (issue: library, import and search): 1,000 generated article files sent as the page sends
 * them (base64, 20 per request) to the real handlers, parsed in the parse worker, copied durably
 * into the imports folder, added to the library and to the search index. The longest event-loop
 * block is measured throughout, beside the same import with parsing on the main thread; saved
 * pages (jsdom + Readability) are where the worker matters.
 */
export const importSection: Section = {
  name: 'import',
  async run(ctx) {
    const pools = readSeedPools(join(ctx.root, 'seeds'))
    const texts = Array.from({ length: FILES }, (_, i) => generateArticleText(pools, i + 50_000))
    const files = texts.map((f) => ({ name: f.name, data: f.bytes.toString('base64') }))
    const pages = Array.from({ length: PAGES }, (_, i) => {
      const base = seed(String(i % 5).padStart(3, '0'))
      const html = hostilePage({ ...base, meta: { ...base.meta, title: `${base.meta.title} (${i})` } })
      return { name: `page-${i}.html`, data: Buffer.from(html).toString('base64') }
    })

    const parseStarted = performance.now()
    for (const f of texts) parseImport('x', f.name, new Uint8Array(f.bytes))
    const parseOnlyMs = performance.now() - parseStarted

    ctx.log(`import: ${FILES} text files, parse worker`)
    const threaded = await measure(ctx, 'text', files, 'threads')
    ctx.log(`import: ${FILES} text files, parsing on the main thread`)
    const inline = await measure(ctx, 'text', files, 'inline')
    ctx.log(`import: ${PAGES} saved pages`)
    const pagesThreaded = await measure(ctx, 'pages', pages, 'threads')
    const pagesInline = await measure(ctx, 'pages', pages, 'inline')

    const goal = (max: number) => ({ max, source: 'issue: library, import and search' })
    const rows: Row[] = [
      { name: `import ${FILES.toLocaleString('en-US')} text files (20 a request, durable copies, indexed)`, value: threaded.totalMs, unit: 'ms', reference: { label: 'decode + parse only, main thread', value: parseOnlyMs }, goal: goal(10_000) },
      { name: 'longest main-thread block during that import', value: threaded.longestMs, unit: 'ms', reference: { label: 'same import, parsing on the main thread', value: inline.longestMs }, goal: goal(100) },
      { name: `import ${PAGES} saved web pages (jsdom + Readability + DOMPurify)`, value: pagesThreaded.totalMs, unit: 'ms', reference: { label: 'parsing on the main thread', value: pagesInline.totalMs } },
      { name: 'longest main-thread block during the page import', value: pagesThreaded.longestMs, unit: 'ms', reference: { label: 'parsing on the main thread', value: pagesInline.longestMs }, goal: goal(100) },
    ]
    return rows
  },
}
