import { describe, expect, it } from 'vitest'
import type { Backend } from '../../../src/backend/backend'
import { createSearchMethods } from '../../../src/backend/search/search-methods'
import { SearchService } from '../../../src/backend/search/search-service'
import { searchSources } from '../../../src/backend/search/search-sources'
import { inThread } from '../../../src/backend/workers/rpc'
import type { Entity } from '../../../src/core/entities/types'
import type { AnchoredHighlight } from '../../../src/core/highlights/anchored'
import type { SearchKind } from '../../../src/core/search/types'
import type { Note } from '../../../src/core/store/notes'
import type { ImportReport } from '../../../src/shared/library-api'
import { seedBytes, seedFiles } from '../../support/seeds'
import { openHandlers, SEEDS_DIR, SEED_IDS, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

const ARTICLE = SEED_IDS[4] as string
const paragraph = (...content: object[]) => ({ type: 'doc', content: [{ type: 'paragraph', content }] })
const text = (t: string) => ({ type: 'text', text: t })
const mention = (id: string, label: string) => ({ type: 'mention', attrs: { id, label } })

async function open() {
  const { backend, handlers } = await openHandlers({ dataDir: await makeTempDir('search-changes'), seedsDir: SEEDS_DIR, workers: 'inline' })
  const search = backend.librarian.search
  /** The refs of one kind a query finds (through the backend's own search service, not the handlers). */
  const found = async (query: string, kind: SearchKind): Promise<string[]> =>
    (await search.search(query, {})).groups.find((g) => g.kind === kind)?.hits.map((h) => h.ref) ?? []
  await found('أي شيء', 'note') // the first search reads everything; from here on only announced changes count
  return { backend, handlers, found }
}

const highlightIn = async (backend: Backend, phrase: string, comment = ''): Promise<AnchoredHighlight> => {
  const at = backend.article(ARTICLE)?.text.indexOf(phrase) as number
  expect(at).toBeGreaterThanOrEqual(0)
  const [made] = valueOf<AnchoredHighlight[]>(await backend.highlights.create({ articleId: ARTICLE, start: at, end: at + phrase.length, color: 'yellow', comment }))
  return made as AnchoredHighlight
}

describe('search hears the services, not the API handlers', () => {
  it('finds a note, a highlight and an entity made through the services directly, and forgets them when deleted', async () => {
    const { backend, found } = await open()
    const note = valueOf<Note>(await backend.notes.create({ title: 'عن الباذنجان', body: paragraph(text('ملاحظة عن الباذنجان المشوي')), attachments: [] }))
    expect(await found('الباذنجان', 'note')).toEqual([note.id])
    valueOf(await backend.notes.save(note.id, { title: 'عن الكوسا', body: paragraph(text('صارت عن الكوسا')), attachments: [] }))
    expect(await found('الباذنجان', 'note')).toEqual([])
    expect(await found('الكوسا', 'note')).toEqual([note.id])

    const highlight = await highlightIn(backend, 'ألكسندر وانغ', 'مؤسس سكيل')
    expect(await found('سكيل', 'highlight')).toEqual([highlight.id])
    valueOf(await backend.highlights.update(highlight.id, { comment: 'مؤسس الشركة' }))
    expect(await found('سكيل', 'highlight')).toEqual([])

    const entity = valueOf<Entity>(await backend.entities.create({ type: 'org', nameAr: 'قرنفلة', nameLatin: 'Carnationix', aliases: [], description: '' }))
    expect(await found('Carnationix', 'entity')).toEqual([entity.id])

    valueOf(await backend.notes.remove(note.id))
    valueOf(await backend.highlights.remove(highlight.id))
    valueOf(await backend.entities.remove(entity.id))
    expect([await found('الكوسا', 'note'), await found('الشركة', 'highlight'), await found('Carnationix', 'entity')]).toEqual([[], [], []])
  })

  it('an entity merge shows in the notes that named it and in the entity hits', async () => {
    const { backend, found } = await open()
    const source = valueOf<Entity>(await backend.entities.create({ type: 'org', nameAr: 'قرنفلة', nameLatin: 'Carnationix', aliases: [], description: '' }))
    const target = backend.entities.entities.find((e) => e.id === 'sam-altman') as Entity
    const note = valueOf<Note>(await backend.notes.create({ title: 'ملاحظة', body: paragraph(text('قابلنا '), mention(source.id, 'قرنفلة')), attachments: [] }))
    expect(await found('قرنفلة', 'note')).toEqual([note.id])
    expect(await found(target.nameAr, 'note')).toEqual([])

    valueOf(await backend.entities.merge(source.id, target.id))
    expect(await found('قرنفلة', 'note')).toEqual([]) // the mention now carries the target's name
    expect(await found(target.nameAr, 'note')).toEqual([note.id])
    expect(await found('Carnationix', 'entity')).toEqual([target.id]) // the source's names are the target's aliases

    valueOf(await backend.entities.remove(target.id))
    expect(await found('Carnationix', 'entity')).toEqual([])
    expect(await found(target.nameAr, 'note')).toEqual([note.id]) // a deleted entity's mention stays as plain text
  })

  it('removing an article with its annotations takes its highlights and its notes out of search', async () => {
    const { backend, handlers, found } = await open()
    const body = `${seedBytes(seedFiles()[2] as string).toString('utf8')}\nنسخة مستوردة.\n`
    const id = valueOf<ImportReport>(await handlers.importFiles([[{ name: 'mine.txt', data: Buffer.from(body).toString('base64') }]])).imported[0]?.id as string
    const block = backend.article(id)?.blocks.find((b) => b.kind === 'paragraph') as { start: number }
    const [highlight] = valueOf<AnchoredHighlight[]>(
      await backend.highlights.create({ articleId: id, start: block.start, end: block.start + 20, color: 'yellow', comment: 'تعليق البطيخ' }),
    )
    const note = valueOf<Note>(await backend.notes.create({ title: 'البطيخ', body: paragraph(text('عن البطيخ')), attachments: [{ kind: 'article', id }] }))
    expect([await found('البطيخ', 'highlight'), await found('البطيخ', 'note')]).toEqual([[highlight?.id], [note.id]])

    valueOf(await backend.librarian.remove(id, 'delete-annotations'))
    expect([await found('البطيخ', 'highlight'), await found('البطيخ', 'note')]).toEqual([[], []])
  })
})

describe('search re-indexes only what changed', () => {
  it('after the first read, a change puts only the records it names in the index', async () => {
    const { backend } = await open()
    const methods = createSearchMethods()
    const put: string[][] = []
    const removed: string[][] = []
    const engine = inThread({
      ...methods,
      put: (docs: Parameters<typeof methods.put>[0]) => (put.push(docs.map((d) => d.ref)), methods.put(docs)),
      remove: (refs: Parameters<typeof methods.remove>[0]) => (removed.push(refs.map((r) => r.ref)), methods.remove(refs)),
    })
    const search = new SearchService(searchSources(backend), engine, async () => {})
    try {
      const first = valueOf<Note>(await backend.notes.create({ title: 'أولى', body: paragraph(text('الأولى')), attachments: [] }))
      await search.settled()
      const everything = put.flat()
      expect(everything).toContain(first.id)
      expect(everything).toContain('sam-altman')
      put.length = 0

      const second = valueOf<Note>(await backend.notes.create({ title: 'ثانية', body: paragraph(text('الثانية')), attachments: [] }))
      const highlight = await highlightIn(backend, 'ألكسندر وانغ')
      await search.settled()
      expect(put.flat().sort()).toEqual([second.id, highlight.id].sort())

      put.length = 0
      valueOf(await backend.highlights.tag(highlight.id, ['sam-altman'])) // announced; its words did not change
      valueOf(await backend.notes.remove(first.id))
      await search.settled()
      expect(put).toEqual([])
      expect(removed).toEqual([[first.id]])
    } finally {
      await search.close()
    }
  })
})
