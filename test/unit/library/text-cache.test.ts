import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../../src/core/corpus/types'
import { hasBody, plainArticle } from '../../../src/backend/library/lazy-text'
import { loadLibrary } from '../../../src/backend/library/load-library'
import { manifestDir } from '../../../src/backend/library/library-manifest'
import { TextCache } from '../../../src/backend/library/text-cache'
import type { ImportReport } from '../../../src/shared/library-api'
import { closeBackend, openHandlers, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

const COUNT = 12
const textOf = (k: number): string => `خبر رقم ${k}\n${'أعلن مجلس المدينة عن خطة جديدة للنقل العام في الأحياء الشرقية. '.repeat(5 + k)}`
const file = (name: string, text: string) => ({ name, data: Buffer.from(text).toString('base64') })

/** A data folder with COUNT imports made by the app (which wrote the manifest when it closed). */
async function libraryWithImports(): Promise<{ dataDir: string; ids: string[] }> {
  const dataDir = await makeTempDir('text-cache')
  const { backend, handlers } = await openHandlers({ dataDir, seedsDir: SEEDS_DIR, workers: 'inline' })
  const files = Array.from({ length: COUNT }, (_, k) => file(`news-${String(k).padStart(2, '0')}.txt`, textOf(k)))
  const report = valueOf<ImportReport>(await handlers.importFiles([files]))
  await closeBackend(backend)
  return { dataDir, ids: report.imported.map((a) => a.id).sort() }
}

/** The texts as the files give them, read with no manifest (every file parsed). */
async function textsFromFiles(dataDir: string): Promise<Map<string, Article>> {
  await rm(manifestDir(dataDir), { recursive: true, force: true })
  const { corpus } = await loadLibrary(SEEDS_DIR, dataDir)
  return new Map(corpus.articles().map((a) => [a.id, plainArticle(a)]))
}

const body = { text: 'نص', blocks: [] }
const weighed = (chars: number) => ({ text: 'ن'.repeat(chars), blocks: [] })
const key = (id: string) => ({ id }) as Article

describe('TextCache: article bodies, the least recently used let go past a bound in characters', () => {
  it('keeps the total under its bound, lets the least recently used go first, and always keeps the newest', () => {
    const cache = new TextCache(1_000)
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(key) as [Article, Article, Article, Article]
    cache.put(a, weighed(400))
    cache.put(b, weighed(400))
    expect(cache.get(a)?.text.length).toBe(400) // a is now the most recently used
    cache.put(c, weighed(400))
    expect([cache.holds(a), cache.holds(b), cache.holds(c)]).toEqual([true, false, true])
    expect(cache.chars).toBe(800)
    cache.put(d, weighed(5_000))
    expect([cache.holds(a), cache.holds(c), cache.holds(d)]).toEqual([false, false, true])
    expect(cache.chars).toBe(5_000)
    cache.put(d, body)
    expect(cache.chars).toBe(2)
    cache.forget(d)
    expect([cache.size, cache.chars]).toEqual([0, 0])
  })
})

describe('imported texts at start-up: read when needed, held in a bounded cache', () => {
  it('holds no more than its bound while every text is read, and a text let go is read again as it was', async () => {
    const { dataDir, ids } = await libraryWithImports()
    const expected = await textsFromFiles(dataDir)
    // Rewrite the manifest, then start from it with room for about three articles.
    await closeBackend((await openHandlers({ dataDir, seedsDir: SEEDS_DIR, workers: 'inline' })).backend)
    const texts = new TextCache(textOf(COUNT).length * 3)
    const { corpus } = await loadLibrary(SEEDS_DIR, dataDir, { texts })
    const imported = ids.map((id) => corpus.article(id) as Article)
    expect(imported.filter((a) => hasBody(a))).toEqual([])

    for (const round of [1, 2]) {
      for (const article of imported) {
        expect({ round, id: article.id, text: article.text, blocks: article.blocks }).toEqual({ round, id: article.id, text: expected.get(article.id)?.text, blocks: expected.get(article.id)?.blocks })
        expect(texts.chars).toBeLessThanOrEqual(texts.maxChars)
      }
    }
    const held = imported.filter((a) => hasBody(a)).map((a) => a.id)
    expect(held.length).toBeGreaterThan(0)
    expect(held.length).toBeLessThan(4)
    expect(held).toEqual(ids.slice(-held.length)) // the most recently read
  })

  it('the background pass checks every text and keeps none of them', async () => {
    const { dataDir, ids } = await libraryWithImports()
    const texts = new TextCache(textOf(COUNT).length * 3)
    const { corpus, settleTexts } = await loadLibrary(SEEDS_DIR, dataDir, { texts })
    await settleTexts()
    expect(ids.filter((id) => hasBody(corpus.article(id) as Article))).toEqual([])
    expect(texts.size).toBe(0)
  })

  it('a file changed on disk while its text was let go: read again, the new text is put in place as the background pass does', async () => {
    const { dataDir, ids } = await libraryWithImports()
    const texts = new TextCache(textOf(COUNT).length * 2)
    const library = await loadLibrary(SEEDS_DIR, dataDir, { texts })
    await library.settleTexts()
    const { corpus } = library
    const id = ids[0] as string
    const before = corpus.article(id) as Article
    expect(before.text).toContain('خبر رقم 0')
    for (const other of ids.slice(1)) void corpus.article(other)?.text
    expect(hasBody(before)).toBe(false)

    const changes: { added: string[]; removed: string[] }[] = []
    corpus.onChange((c) => changes.push({ added: c.added.map((a) => a.id), removed: c.removed }))
    await writeFile(join(dataDir, 'imports', `${id}.txt`), 'خبر معدل\nتغير نص هذا الخبر بعد إغلاق التطبيق وقبل قراءته مرة أخرى.')
    expect(before.text).toContain('تغير نص هذا الخبر')
    await expect.poll(() => changes).toEqual([{ added: [id], removed: [id] }])
    const after = corpus.article(id) as Article
    expect(after.contentHash).not.toBe(before.contentHash)
    expect(corpus.library().articles.find((a) => a.id === id)?.meta.title).toBe('خبر معدل')
    expect(after.text).toContain('تغير نص هذا الخبر')
  })

  it('a file removed while its text was let go: the article leaves the library, its reason listed', async () => {
    const { dataDir, ids } = await libraryWithImports()
    const texts = new TextCache(1)
    const { corpus } = await loadLibrary(SEEDS_DIR, dataDir, { texts })
    const id = ids[3] as string
    await rm(join(dataDir, 'imports', `${id}.txt`))
    expect(corpus.article(id)?.text).toBe('')
    await expect.poll(() => corpus.has(id)).toBe(false)
    expect(corpus.library().failed.map((f) => f.id)).toContain(id)
  })
})

describe('the asynchronous accessor: bodies for bulk callers, read without blocking and not kept', () => {
  it('gives each body as the file holds it, in the order asked, undefined for an unknown id, and keeps none', async () => {
    const { dataDir, ids } = await libraryWithImports()
    const expected = await textsFromFiles(dataDir)
    await closeBackend((await openHandlers({ dataDir, seedsDir: SEEDS_DIR, workers: 'inline' })).backend)
    const texts = new TextCache()
    const { corpus } = await loadLibrary(SEEDS_DIR, dataDir, { texts })
    const asked = [...ids].reverse()
    asked.splice(2, 0, 'no-such-article')
    const bodies = await corpus.bodies(asked)
    expect(bodies.map((b) => b?.text)).toEqual(asked.map((id) => expected.get(id)?.text))
    expect(bodies.map((b) => b?.blocks)).toEqual(asked.map((id) => expected.get(id)?.blocks))
    expect(texts.size).toBe(0)
    expect((await corpus.body(ids[1] as string))?.text).toBe(expected.get(ids[1] as string)?.text)
    expect(await corpus.body('no-such-article')).toBeUndefined()
    // A body the cache holds is served from it; a bundled article (not lazy) from memory.
    const held = corpus.article(ids[0] as string) as Article
    void held.text
    expect((await corpus.body(ids[0] as string))?.text).toBe(held.text)
    const seed = corpus.articles()[0] as Article
    expect((await corpus.body(seed.id))?.text).toBe(seed.text)
  })
})
