import { describe, expect, it } from 'vitest'
import type { AnchoredHighlight } from '../../../src/core/highlights/anchored'
import type { Entity } from '../../../src/core/entities/types'
import type { Note } from '../../../src/core/store/notes'
import type { ImportReport, SearchResults, SearchStatus } from '../../../src/shared/library-api'
import { seedBytes, seedFiles } from '../../support/seeds'
import { openHandlers, SEEDS_DIR, SEED_IDS, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })
const file = (name: string, text: string): { name: string; data: string } => ({ name, data: Buffer.from(text).toString('base64') })
const refsOf = (results: SearchResults, kind: string): string[] => results.groups.find((g) => g.kind === kind)?.hits.map((h) => h.ref) ?? []

async function open(workers: 'threads' | 'inline' = 'inline') {
  return openHandlers({ dataDir: await makeTempDir('search'), seedsDir: SEEDS_DIR, workers })
}

describe('the search index kept in step with the library and the user’s data', () => {
  it('builds in a worker thread, then finds an imported article at once and forgets a removed one', async () => {
    const { backend, handlers } = await open('threads')
    expect(valueOf<SearchStatus>(await handlers.getSearchStatus([]))).toMatchObject({ total: 5 })
    await backend.librarian.search.settled()
    expect(valueOf<SearchStatus>(await handlers.getSearchStatus([]))).toEqual({ state: 'ready', indexed: 5, total: 5 })

    const text = 'قمة القرنفل البنفسجي\nأعلنت شركة زوكربرغ للأبحاث عن مشروع القرنفل البنفسجي في مؤتمرها السنوي.'
    const report = valueOf<ImportReport>(await handlers.importFiles([[file('carnation.txt', text)]]))
    const id = report.imported[0]?.id as string
    const found = valueOf<SearchResults>(await handlers.search(['البنفسجي', {}]))
    expect(refsOf(found, 'article')).toEqual([id])

    valueOf(await handlers.removeArticle([id, 'keep-annotations']))
    await backend.librarian.search.settled()
    expect(refsOf(valueOf<SearchResults>(await handlers.search(['البنفسجي', {}])), 'article')).toEqual([])
  })

  it('finds highlights, notes and entities as soon as they are made, changed or deleted', async () => {
    const { handlers } = await open()
    const seed = seedBytes(seedFiles()[4] as string).toString('utf8')
    const at = seed.indexOf('ألكسندر وانغ')
    const [highlight] = valueOf<AnchoredHighlight[]>(await handlers.createHighlights([{ articleId: SEED_IDS[4], start: at, end: at + 'ألكسندر وانغ'.length, color: 'yellow', comment: 'مؤسس سكيل' }]))
    expect(refsOf(valueOf<SearchResults>(await handlers.search(['سكيل', {}])), 'highlight')).toEqual([highlight?.id])

    const note = valueOf<Note>(await handlers.createNote([{ title: 'عن الطماطم', body: doc('ملاحظة عن الباذنجان'), attachments: [] }]))
    expect(refsOf(valueOf<SearchResults>(await handlers.search(['الباذنجان', {}])), 'note')).toEqual([note.id])
    valueOf(await handlers.saveNote([note.id, { title: 'عن الطماطم', body: doc('صارت عن الكوسا'), attachments: [] }]))
    expect(refsOf(valueOf<SearchResults>(await handlers.search(['الباذنجان', {}])), 'note')).toEqual([])
    expect(refsOf(valueOf<SearchResults>(await handlers.search(['الكوسا', {}])), 'note')).toEqual([note.id])

    const entity = valueOf<Entity>(await handlers.createEntity([{ type: 'org', nameAr: 'قرنفلة', nameLatin: 'Carnationix', aliases: [], description: '' }]))
    expect(refsOf(valueOf<SearchResults>(await handlers.search(['Carnationix', {}])), 'entity')).toEqual([entity.id])
    valueOf(await handlers.deleteEntity([entity.id]))
    expect(refsOf(valueOf<SearchResults>(await handlers.search(['Carnationix', {}])), 'entity')).toEqual([])
  })

  it('can stop the first build and go on later; what was indexed stays searchable', async () => {
    const { backend, handlers } = await open()
    const search = backend.librarian.search
    search.start()
    const stopped = valueOf<SearchStatus>(await handlers.cancelIndexing([]))
    expect(stopped.state).toBe('cancelled')
    await search.settled()
    const partial = search.snapshot()
    expect(partial.state).toBe('cancelled')
    expect(partial.indexed).toBeLessThanOrEqual(5)
    valueOf(await handlers.resumeIndexing([]))
    await search.settled()
    expect(search.snapshot()).toEqual({ state: 'ready', indexed: 5, total: 5 })
    expect(refsOf(valueOf<SearchResults>(await handlers.search(['زوكربيرج', {}])), 'article').length).toBeGreaterThan(0)
  })

  it('refuses a search request with wrong arguments', async () => {
    const { handlers } = await open()
    expect(await handlers.search([42, {}])).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(await handlers.search(['x', { kinds: ['files'] }])).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })
})
