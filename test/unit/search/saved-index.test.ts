import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import sqlite from 'node-sqlite3-wasm'
import { describe, expect, it } from 'vitest'
import type { Backend } from '../../../src/backend/backend'
import type { Handlers } from '../../../src/backend/handlers'
import { articleIndexFile, searchIndexFile } from '../../../src/backend/search/index-file'
import type { ImportReport, SearchResults } from '../../../src/shared/library-api'
import { closeBackend, openHandlers, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

const file = (name: string, text: string): { name: string; data: string } => ({ name, data: Buffer.from(text).toString('base64') })
const refsOf = (results: SearchResults, kind = 'article'): string[] => results.groups.find((g) => g.kind === kind)?.hits.map((h) => h.ref) ?? []
const withoutTime = (results: SearchResults): Omit<SearchResults, 'tookMs'> => ({ query: results.query, groups: results.groups })

const QUERIES = ['زوكربيرج', 'الذكاء الاصطناعي', 'ميتا', 'البنفسجي']
const VIOLET = 'قمة القرنفل البنفسجي\nأعلنت شركة زوكربرغ للأبحاث عن مشروع القرنفل البنفسجي في مؤتمرها السنوي.'

async function start(dataDir: string, workers: 'threads' | 'inline' = 'inline'): Promise<{ backend: Backend; handlers: Handlers }> {
  const opened = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, workers })
  opened.backend.librarian.search.start()
  await opened.backend.librarian.search.settled()
  return opened
}

async function answers(handlers: Handlers): Promise<Omit<SearchResults, 'tookMs'>[]> {
  const all: Omit<SearchResults, 'tookMs'>[] = []
  for (const q of QUERIES) all.push(withoutTime(valueOf<SearchResults>(await handlers.search([q, {}]))))
  return all
}

/**
 * A data folder whose indexes a first start built and saved, then `damage`d while the app was
 * closed; with that start's answers to QUERIES, to compare the next start's with.
 */
async function savedThenDamaged(label: string, damage: (dataDir: string) => Promise<void>): Promise<{ dataDir: string; before: Omit<SearchResults, 'tookMs'>[] }> {
  const dataDir = await makeTempDir(label)
  const first = await start(dataDir)
  const before = await answers(first.handlers)
  await closeBackend(first.backend)
  await damage(dataDir)
  return { dataDir, before }
}

describe('the search index saved beside the store', () => {
  it('is saved when the app closes and loaded at the next start: nothing indexed again, the same answers, snippets included', async () => {
    const dataDir = await makeTempDir('saved-index')
    const first = await start(dataDir, 'threads')
    valueOf<ImportReport>(await first.handlers.importFiles([[file('violet.txt', VIOLET)]]))
    await first.backend.librarian.search.settled()
    const before = await answers(first.handlers)
    expect(before.every((r) => r.groups.some((g) => g.hits.some((h) => h.snippets.length > 0)))).toBe(true)
    await closeBackend(first.backend)
    expect((await stat(searchIndexFile(dataDir))).size).toBeGreaterThan(0)

    const second = await start(dataDir, 'threads')
    expect(second.backend.librarian.search.buildCounts()).toEqual({ fromSaved: 6, indexed: 0 })
    expect(await answers(second.handlers)).toEqual(before)
    expect(second.backend.allNotices().filter((n) => n.kind === 'index-rebuilt')).toEqual([])
  })

  it('re-indexes an article changed on disk while the app was closed, and drops one removed', async () => {
    const dataDir = await makeTempDir('saved-index-stale')
    const first = await start(dataDir)
    const report = valueOf<ImportReport>(await first.handlers.importFiles([[file('violet.txt', VIOLET), file('gone.txt', 'مقال الزعفران\nنص عن الزعفران الأحمر في الأسواق.')]]))
    await first.backend.librarian.search.settled()
    expect(refsOf(valueOf<SearchResults>(await first.handlers.search(['الزعفران', {}])))).toHaveLength(1)
    await closeBackend(first.backend)

    const imports = join(dataDir, 'imports')
    await writeFile(join(imports, 'violet.txt'), VIOLET.replaceAll('البنفسجي', 'الأرجواني'))
    await rm(join(imports, 'gone.txt'))

    const second = await start(dataDir)
    // The library learns of the change when its background pass reads the file (it may come after
    // the index was opened: the article is then re-indexed when the pass reports it).
    await second.backend.textsRead
    await second.backend.librarian.search.settled()
    const { fromSaved, indexed } = second.backend.librarian.search.buildCounts()
    expect(indexed).toBe(1)
    expect([5, 6]).toContain(fromSaved)
    const violet = report.imported.find((a) => a.id.startsWith('violet'))?.id
    expect(refsOf(valueOf<SearchResults>(await second.handlers.search(['الأرجواني', {}])))).toEqual([violet])
    expect(refsOf(valueOf<SearchResults>(await second.handlers.search(['البنفسجي', {}])))).toEqual([])
    expect(refsOf(valueOf<SearchResults>(await second.handlers.search(['الزعفران', {}])))).toEqual([])
  })

  const cutShort = (path: string) => readFile(path).then((bytes) => writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 2))))
  const garbage = (path: string) => writeFile(path, Buffer.from([0xff, 0xfe, 0x00, 0x13, 0x37]))

  for (const [label, damage] of [
    ['cut short', cutShort],
    ['garbage', garbage],
    ['valid JSON, not an index', (path: string) => writeFile(path, '{"format":1,"docs":"no"}')],
    ['an index whose documents do not add up', (path: string) => readFile(path, 'utf8').then((text) => writeFile(path, JSON.stringify({ ...JSON.parse(text), docs: [] })))],
  ] as const) {
    it(`is never fatal when the small index is damaged (${label}): the app starts, it is rebuilt, search answers, and a notice says so`, async () => {
      const { dataDir, before } = await savedThenDamaged('saved-index-damaged', (dir) => damage(searchIndexFile(dir)))

      const second = await start(dataDir)
      // The articles are in their own index, which is intact.
      expect(second.backend.librarian.search.buildCounts()).toEqual({ fromSaved: 5, indexed: 0 })
      expect(await answers(second.handlers)).toEqual(before)
      expect(second.backend.allNotices()).toContainEqual(expect.objectContaining({ kind: 'index-rebuilt', document: searchIndexFile(dataDir) }))
      await closeBackend(second.backend)
      const third = await start(dataDir)
      expect(third.backend.allNotices().filter((n) => n.kind === 'index-rebuilt')).toEqual([])
    })
  }

  for (const [label, damage] of [
    ['cut short', cutShort],
    ['garbage', garbage],
  ] as const) {
    it(`is never fatal when the article index is damaged (${label}): the app starts, the articles are indexed again, search answers, and a notice says so`, async () => {
      const { dataDir, before } = await savedThenDamaged('saved-index-damaged-db', (dir) => damage(articleIndexFile(dir)))

      const second = await start(dataDir)
      expect(second.backend.librarian.search.buildCounts()).toEqual({ fromSaved: 0, indexed: 5 })
      expect(await answers(second.handlers)).toEqual(before)
      expect(second.backend.allNotices()).toContainEqual(expect.objectContaining({ kind: 'index-rebuilt', reason: expect.stringContaining('article index') }))
      await closeBackend(second.backend)
      // The rebuilt index replaced the damaged file.
      const third = await start(dataDir)
      expect(third.backend.librarian.search.buildCounts()).toEqual({ fromSaved: 5, indexed: 0 })
    })
  }

  it('finds a page damaged deep in the article index when it reads it whole: it is told, the articles are indexed again, search answers', async () => {
    // The last page: opening the file reads only the first ones.
    const { dataDir, before } = await savedThenDamaged('saved-index-damaged-page', async (dir) => {
      const path = articleIndexFile(dir)
      const bytes = await readFile(path)
      await writeFile(path, Buffer.concat([bytes.subarray(0, bytes.length - 16384), Buffer.alloc(16384, 0x5a)]))
    })

    const second = await start(dataDir)
    expect(second.backend.librarian.search.buildCounts()).toEqual({ fromSaved: 5, indexed: 0 })
    await second.backend.librarian.search.checkIndex()
    await second.backend.librarian.search.settled()
    expect(second.backend.librarian.search.buildCounts()).toEqual({ fromSaved: 0, indexed: 5 })
    expect(second.backend.allNotices()).toContainEqual(expect.objectContaining({ kind: 'index-rebuilt', reason: expect.stringContaining('article index') }))
    expect(await answers(second.handlers)).toEqual(before)
  })

  /** Overwrites the first page of the full-text index's data: opening does not read it, every query does. */
  async function damageTermsData(path: string): Promise<void> {
    const db = new sqlite.Database(path)
    const { rootpage } = db.get("SELECT rootpage FROM sqlite_master WHERE name = 'terms_data'") as { rootpage: number }
    const { page_size: size } = db.get('PRAGMA page_size') as { page_size: number }
    db.close()
    const bytes = await readFile(path)
    await writeFile(path, bytes.fill(0x5a, (rootpage - 1) * size, rootpage * size))
  }

  for (const workers of ['inline', 'threads'] as const) {
    it(`heals when a query is the first to read a damaged page (${workers}): no error, it is told, the articles are indexed again, the answers come back`, async () => {
      const { dataDir, before } = await savedThenDamaged('saved-index-query-damage', (dir) => damageTermsData(articleIndexFile(dir)))

      // No start or warm-up first: the user's query reads the damaged page.
      const second = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, workers })
      await expect(second.handlers.search([QUERIES[0], {}])).resolves.toMatchObject({ ok: true })
      await second.backend.librarian.search.settled()
      expect(second.backend.librarian.search.buildCounts()).toEqual({ fromSaved: 0, indexed: 5 })
      expect(second.backend.allNotices()).toContainEqual(expect.objectContaining({ kind: 'index-rebuilt', reason: expect.stringContaining('article index') }))
      expect(await answers(second.handlers)).toEqual(before)
      await closeBackend(second.backend)
    })
  }

  it('heals when the warm-up after opening is the first to read a damaged page: search is ready, not failed', async () => {
    const { dataDir, before } = await savedThenDamaged('saved-index-warm-damage', (dir) => damageTermsData(articleIndexFile(dir)))

    const second = await start(dataDir)
    expect(second.backend.librarian.search.snapshot().state).toBe('ready')
    expect(second.backend.librarian.search.buildCounts()).toEqual({ fromSaved: 0, indexed: 5 })
    expect(second.backend.allNotices()).toContainEqual(expect.objectContaining({ kind: 'index-rebuilt', reason: expect.stringContaining('article index') }))
    expect(await answers(second.handlers)).toEqual(before)
  })

  it('keeps what a first build indexed before the app closed: the next start goes on from there', async () => {
    const dataDir = await makeTempDir('saved-index-resume')
    const first = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, workers: 'threads' })
    const files = Array.from({ length: 250 }, (_, k) => file(`n${k}.txt`, `خبر رقم ${k}\nنص قصير عن الزعفران رقم ${k}.`))
    expect(valueOf<ImportReport>(await first.handlers.importFiles([files])).imported).toHaveLength(250)
    const search = first.backend.librarian.search
    search.start()
    while (search.snapshot().indexed < 200) await new Promise((resolve) => setTimeout(resolve, 5))
    await closeBackend(first.backend) // the build is cut short after its first batch or two

    const second = await start(dataDir)
    const counts = second.backend.librarian.search.buildCounts()
    expect(counts.fromSaved).toBeGreaterThanOrEqual(200)
    expect(counts.fromSaved + counts.indexed).toBe(255)
    expect(valueOf<SearchResults>(await second.handlers.search(['الزعفران', {}])).groups[0]).toMatchObject({ total: 250 })
  })

  it('opens the article index again after a crash left its lock behind', async () => {
    const dataDir = await makeTempDir('saved-index-lock')
    await closeBackend((await start(dataDir)).backend)
    await mkdir(`${articleIndexFile(dataDir)}.lock`)
    const second = await start(dataDir)
    expect(second.backend.librarian.search.buildCounts()).toEqual({ fromSaved: 5, indexed: 0 })
    expect(second.backend.librarian.search.snapshot().state).toBe('ready')
  })

  it('is rebuilt quietly when another version of the app saved it', async () => {
    const dataDir = await makeTempDir('saved-index-version')
    await closeBackend((await start(dataDir)).backend)
    const path = searchIndexFile(dataDir)
    await writeFile(path, JSON.stringify({ ...JSON.parse(await readFile(path, 'utf8')), terms: -1 }))
    const db = new sqlite.Database(articleIndexFile(dataDir))
    db.run("UPDATE meta SET value = -1 WHERE key = 'terms'")
    db.close()
    const second = await start(dataDir)
    expect(second.backend.librarian.search.buildCounts()).toEqual({ fromSaved: 0, indexed: 5 })
    expect(second.backend.allNotices().filter((n) => n.kind === 'index-rebuilt')).toEqual([])
  })
})
