import { readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasBody, plainArticle } from '../../../src/backend/library/lazy-text'
import { manifestDir } from '../../../src/backend/library/library-manifest'
import { shardOf } from '../../../src/backend/store/sharded-json'
import { loadLibrary } from '../../../src/backend/library/load-library'
import type { Library } from '../../../src/shared/api'
import type { ImportReport } from '../../../src/shared/library-api'
import { closeBackend, openHandlers, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

const file = (name: string, text: string): { name: string; data: string } => ({ name, data: Buffer.from(text).toString('base64') })
const PAGE = '<!doctype html><html><head><title>صفحة محفوظة</title></head><body><nav>القائمة الرئيسية</nav><article><h1>خبر عن الزعفران</h1><p>ارتفعت أسعار الزعفران في الأسواق بعد موسم جاف طويل في المناطق المنتجة له.</p><p>وقال تجار إن الطلب ازداد قبل الأعياد.</p></article></body></html>'
const FILES = [
  file('violet.txt', 'قمة القرنفل البنفسجي\nأعلنت شركة للأبحاث عن مشروع القرنفل البنفسجي في مؤتمرها السنوي.'),
  file('saffron.html', PAGE),
  file('amber.txt', 'مقال الكهرمان\nنص عن الكهرمان الأصفر وأسواقه.'),
]

/** A data folder whose three imports were made by the app (which wrote the manifest when it closed). */
async function libraryWithImports(): Promise<{ dataDir: string; ids: string[] }> {
  const dataDir = await makeTempDir('manifest')
  const { backend, handlers } = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, workers: 'inline' })
  const report = valueOf<ImportReport>(await handlers.importFiles([FILES]))
  await closeBackend(backend)
  return { dataDir, ids: report.imported.map((a) => a.id) }
}

/**
 * The library as listed, but for when each import was added: the manifest keeps the time of the
 * import, a library read from the files takes the file's time (the two differ by milliseconds).
 */
const listing = (library: Library) => ({ ...library, articles: library.articles.map(({ addedAt, ...a }) => ({ ...a, added: a.origin === 'bundled' || typeof addedAt === 'string' })) })

/** Each article as a plain object, text and blocks read. */
async function eagerly(dataDir: string) {
  const { corpus } = await loadLibrary(SEEDS_DIR, dataDir)
  return { library: listing(corpus.library()), articles: corpus.articles().map(plainArticle) }
}

describe('the library at start-up: listed from the manifest, texts read on demand', () => {
  it('lists the imports from the manifest without reading their texts; a text read on demand is the one read from the file', async () => {
    const { dataDir, ids } = await libraryWithImports()
    const shards = await readdir(manifestDir(dataDir))
    expect(shards.sort()).toEqual([...new Set(ids.map((id) => `${String(shardOf(id)).padStart(2, '0')}.json`))].sort())

    const { corpus } = await loadLibrary(SEEDS_DIR, dataDir)
    const imported = ids.map((id) => corpus.article(id))
    expect(imported.map((a) => a && hasBody(a))).toEqual([false, false, false])
    const listed = listing(corpus.library())

    await rm(manifestDir(dataDir), { recursive: true })
    const eager = await eagerly(dataDir)
    expect(listed).toEqual(eager.library)
    expect(corpus.articles().map(plainArticle)).toEqual(eager.articles)
    expect(imported.map((a) => a && hasBody(a))).toEqual([true, true, true])
  })

  it('rebuilds a missing manifest from the files, and a damaged shard', async () => {
    const { dataDir, ids } = await libraryWithImports()
    const eager = await eagerly(dataDir)
    await rm(manifestDir(dataDir), { recursive: true })
    const first = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, workers: 'inline' })
    expect(listing(first.backend.library())).toEqual(eager.library)
    await closeBackend(first.backend)
    const again = await loadLibrary(SEEDS_DIR, dataDir)
    expect(ids.map((id) => again.corpus.article(id)).map((a) => a && hasBody(a))).toEqual([false, false, false])

    const damaged = join(manifestDir(dataDir), `${String(shardOf(ids[0] as string)).padStart(2, '0')}.json`)
    await writeFile(damaged, '{"format":1,"imports":[{"article":nul')
    const second = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, workers: 'inline' })
    expect(listing(second.backend.library())).toEqual(eager.library)
    expect(second.backend.article(ids[0] as string)?.text).toBe(eager.articles.find((a) => a.id === ids[0])?.text)
    await closeBackend(second.backend)
    const third = await loadLibrary(SEEDS_DIR, dataDir)
    expect(hasBody(third.corpus.article(ids[0] as string) as never)).toBe(false)
  })

  it('follows the files when they changed while the app was closed: a changed text, a removed file, a new one', async () => {
    const { dataDir, ids } = await libraryWithImports()
    const imports = join(dataDir, 'imports')
    await writeFile(join(imports, 'violet.txt'), 'قمة القرنفل الأرجواني\nصار المشروع اسمه القرنفل الأرجواني.')
    await rm(join(imports, 'amber.txt'))
    await writeFile(join(imports, 'jade.txt'), 'مقال اليشم\nنص عن حجر اليشم الأخضر.')

    const { backend } = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, workers: 'inline' })
    await backend.textsRead
    const listed = backend.library().articles.map((a) => a.id)
    expect(listed).toContain('jade')
    expect(listed).not.toContain('amber')
    expect(backend.article('violet')?.text).toContain('الأرجواني')
    await closeBackend(backend)

    await rm(manifestDir(dataDir), { recursive: true })
    const byId = (l: ReturnType<typeof listing>) => [...l.articles].sort((a, b) => a.id.localeCompare(b.id))
    expect(byId(listing(backend.library()))).toEqual(byId((await eagerly(dataDir)).library))
    expect(ids).toContain('violet')
  })
})
