import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mentionsDir } from '../../../src/backend/entities/saved-scans'
import { manifestDir } from '../../../src/backend/library/library-manifest'
import type { StoreNotice } from '../../../src/core/store/notices'
import type { StartupReport } from '../../../src/shared/api'
import type { ImportReport } from '../../../src/shared/library-api'
import { closeBackend, openHandlers, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

const file = (name: string, text: string) => ({ name, data: Buffer.from(text).toString('base64') })

/** A data folder with two imports, one article's mentions scanned: a manifest and a mention index on disk. */
async function folderWithIndexes(): Promise<{ dataDir: string; ids: string[] }> {
  const dataDir = await makeTempDir('startup-notices')
  const { backend, handlers } = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, workers: 'inline' })
  const report = valueOf<ImportReport>(
    await handlers.importFiles([[file('rain.txt', 'خبر المطر\nهطلت أمطار غزيرة على المدينة.'), file('wind.txt', 'خبر الرياح\nهبت رياح قوية في الصباح.')]]),
  )
  await handlers.getArticleEntities([report.imported[0]?.id as string])
  await closeBackend(backend)
  return { dataDir, ids: report.imported.map((a) => a.id) }
}

const shardsOf = async (dir: string): Promise<string[]> => (await readdir(dir)).filter((n) => n.endsWith('.json'))
const rebuilt = (notices: StoreNotice[]) => notices.filter((n) => n.kind === 'index-rebuilt')

describe('a damaged cache is told at start-up, not when an article is next opened', () => {
  it('a damaged shard of the library manifest: in the start-up report, the library listed as without it', async () => {
    const { dataDir, ids } = await folderWithIndexes()
    const [shard] = await shardsOf(manifestDir(dataDir))
    await writeFile(join(manifestDir(dataDir), shard as string), '{"format":1,"entries":[["rain",{"article":nul')
    const { handlers } = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, workers: 'inline' })
    const report = valueOf<StartupReport>(await handlers.getStartupReport([]))
    expect(rebuilt(report.notices)).toEqual([{ kind: 'index-rebuilt', index: 'library', document: manifestDir(dataDir), reason: expect.stringContaining(shard as string) }])
    const listed = valueOf<{ articles: { id: string }[] }>(await handlers.listLibrary([])).articles.map((a) => a.id)
    expect(listed).toEqual(expect.arrayContaining(ids))
  })

  it('a damaged shard of the mention index: told by takeStartupNotices once it is read, no article opened', async () => {
    const { dataDir } = await folderWithIndexes()
    const [shard] = await shardsOf(mentionsDir(dataDir))
    await writeFile(join(mentionsDir(dataDir), shard as string), 'not json at all')
    const { handlers } = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, workers: 'inline' })
    const notices = valueOf<StoreNotice[]>(await handlers.takeStartupNotices([]))
    expect(rebuilt(notices)).toEqual([{ kind: 'index-rebuilt', index: 'mentions', document: mentionsDir(dataDir), reason: expect.stringContaining(shard as string) }])
    // Taken once: the next take does not tell it again.
    expect(rebuilt(valueOf<StoreNotice[]>(await handlers.takeNotices([])))).toEqual([])
  })

  it('says how many shards were damaged, in one notice', async () => {
    const { dataDir } = await folderWithIndexes()
    await mkdir(manifestDir(dataDir), { recursive: true })
    for (const shard of ['05.json', '06.json', '07.json']) await writeFile(join(manifestDir(dataDir), shard), '[')
    const { backend } = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, workers: 'inline' })
    const [notice, ...more] = rebuilt(backend.allNotices())
    expect(more).toEqual([])
    expect(notice).toMatchObject({ index: 'library', reason: expect.stringMatching(/^05\.json: .* \(and 2 more of 64 shards\)$/) })
  })

  it('is quiet about caches that are missing or written by another version (rebuilt all the same)', async () => {
    const { dataDir } = await folderWithIndexes()
    const [shard] = await shardsOf(mentionsDir(dataDir))
    await writeFile(join(mentionsDir(dataDir), shard as string), JSON.stringify({ format: 99, entries: [] }))
    const { backend, handlers } = await openHandlers({ dataDir: await makeTempDir('no-indexes'), seedsDir: SEEDS_DIR, workers: 'inline' })
    expect(rebuilt(valueOf<StoreNotice[]>(await handlers.takeStartupNotices([])))).toEqual([])
    await closeBackend(backend)
    const again = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, workers: 'inline' })
    expect(rebuilt(valueOf<StoreNotice[]>(await again.handlers.takeStartupNotices([])))).toEqual([])
  })
})
