import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Backend } from '../../../src/backend/backend'
import type { RecordChange } from '../../../src/backend/store/changes'
import type { Entity } from '../../../src/core/entities/types'
import type { AnchoredHighlight } from '../../../src/core/highlights/anchored'
import type { Highlight } from '../../../src/core/store/annotations'
import type { Note } from '../../../src/core/store/notes'
import type { ImportReport } from '../../../src/shared/library-api'
import { seedBytes, seedFiles } from '../../support/seeds'
import { closeBackend, openHandlers, SEEDS_DIR, SEED_IDS, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

const ARTICLE = SEED_IDS[3] as string
const PHRASE = 'استثمرت ميتا 14.3 مليار دولار في شركة Scale AI'

const paragraph = (...content: object[]) => ({ type: 'doc', content: [{ type: 'paragraph', content }] })
const text = (t: string) => ({ type: 'text', text: t })
const mention = (id: string, label: string) => ({ type: 'mention', attrs: { id, label } })

const change = <K extends RecordChange['kind']>(kind: K, upserted: string[], removed: string[], articleIds: string[]): RecordChange<K> => ({
  kind,
  upserted,
  removed,
  articleIds,
})

/** Every change the three services announce, in order; `take` hands over (and forgets) those so far. */
function listen(backend: Backend): { take(): RecordChange[] } {
  const heard: RecordChange[] = []
  backend.highlights.onChange((c) => heard.push(c))
  backend.notes.onChange((c) => heard.push(c))
  backend.entities.onChange((c) => heard.push(c))
  return { take: () => heard.splice(0) }
}

async function open(seedsDir = SEEDS_DIR, dataDir?: string) {
  const opened = await openHandlers({ dataDir: dataDir ?? (await makeTempDir('changes')), seedsDir, workers: 'inline' })
  return { ...opened, changes: listen(opened.backend), text: opened.backend.article(ARTICLE)?.text as string }
}

describe('the highlights service announces each change it makes', () => {
  it('create, update, tag, reattach, delete and restore: the highlight and its article, nothing else', async () => {
    const { backend, changes, text } = await open()
    const { highlights } = backend
    const at = text.indexOf(PHRASE)
    const [h] = valueOf<AnchoredHighlight[]>(await highlights.create({ articleId: ARTICLE, start: at, end: at + PHRASE.length, color: 'yellow' }))
    const id = h?.id as string
    expect(changes.take()).toEqual([change('highlight', [id], [], [ARTICLE])])

    valueOf(await highlights.update(id, { comment: 'تعليق' }))
    valueOf(await highlights.tag(id, ['sam-altman']))
    valueOf(await highlights.reattach(id, at, at + 12))
    expect(changes.take()).toEqual([change('highlight', [id], [], [ARTICLE]), change('highlight', [id], [], [ARTICLE]), change('highlight', [id], [], [ARTICLE])])

    const record = valueOf<Highlight>(await highlights.remove(id))
    expect(changes.take()).toEqual([change('highlight', [], [id], [ARTICLE])])
    valueOf(await highlights.restore(record))
    expect(changes.take()).toEqual([change('highlight', [id], [], [ARTICLE])])

    // A call that changes nothing announces nothing.
    expect((await highlights.update('no-such-highlight', { comment: 'x' })).ok).toBe(false)
    expect((await highlights.restore(record)).ok).toBe(false)
    expect(changes.take()).toEqual([])
  })

  it('re-anchoring on a changed text rewrites the records it moved, and says so', async () => {
    const seeds = await makeTempDir('seeds')
    for (const name of await fsp.readdir(SEEDS_DIR)) await fsp.copyFile(join(SEEDS_DIR, name), join(seeds, name))
    const first = await open(seeds)
    const at = first.text.indexOf(PHRASE)
    const [moved] = valueOf<AnchoredHighlight[]>(await first.backend.highlights.create({ articleId: ARTICLE, start: at, end: at + PHRASE.length, color: 'yellow' }))
    await closeBackend(first.backend)
    const path = join(seeds, `${ARTICLE}.txt`)
    await fsp.writeFile(path, (await fsp.readFile(path, 'utf8')).replace('ووفقا لتقرير', 'وفي تقرير جديد، ووفقا لتقرير'))

    const second = await open(seeds, first.backend.dataDir)
    valueOf(await second.backend.highlights.list(ARTICLE))
    expect(second.changes.take()).toEqual([change('highlight', [moved?.id as string], [], [ARTICLE])])
    valueOf(await second.backend.highlights.list(ARTICLE)) // placed on this text now: nothing to rewrite
    expect(second.changes.take()).toEqual([])
  })
})

describe('the notes service announces each change it makes', () => {
  it('create, save and delete name the note and the articles it is attached to (before and after a save)', async () => {
    const { backend, changes } = await open()
    const { notes } = backend
    const note = valueOf<Note>(await notes.create({ title: 'ملاحظة', body: paragraph(text('نص')), attachments: [{ kind: 'article', id: SEED_IDS[0] as string }] }))
    expect(changes.take()).toEqual([change('note', [note.id], [], [SEED_IDS[0] as string])])
    valueOf(await notes.save(note.id, { title: 'ملاحظة', body: paragraph(text('نص آخر')), attachments: [{ kind: 'article', id: SEED_IDS[1] as string }] }))
    expect(changes.take()).toEqual([change('note', [note.id], [], [SEED_IDS[0] as string, SEED_IDS[1] as string])])
    valueOf(await notes.remove(note.id))
    expect(changes.take()).toEqual([change('note', [], [note.id], [SEED_IDS[1] as string])])
    expect((await notes.remove(note.id)).ok).toBe(false)
    expect(changes.take()).toEqual([])
  })
})

describe('the entities service announces each change it makes, and the links it moves', () => {
  it('create, update, merge and delete; a merge or delete first rewrites the highlights and notes that link the entity', async () => {
    const { backend, changes } = await open()
    const { entities, highlights, notes } = backend
    const input = { type: 'org' as const, nameAr: 'قرنفلة', nameLatin: 'Carnationix', aliases: [], description: '' }
    const made = valueOf<Entity>(await entities.create(input))
    expect(changes.take()).toEqual([change('entity', [made.id], [], [])])
    valueOf(await entities.update(made.id, { ...input, description: 'شركة' }))
    expect(changes.take()).toEqual([change('entity', [made.id], [], [])])

    const [tagged] = valueOf<AnchoredHighlight[]>(await highlights.create({ articleId: ARTICLE, start: 0, end: 12, color: 'yellow' }))
    valueOf(await highlights.tag(tagged?.id as string, [made.id]))
    const note = valueOf<Note>(await notes.create({ title: 'عن قرنفلة', body: paragraph(mention(made.id, 'قرنفلة')), attachments: [] }))
    valueOf(await notes.create({ title: 'أخرى', body: paragraph(text('لا شيء')), attachments: [] })) // links nothing: never announced below
    changes.take()

    valueOf(await entities.merge(made.id, 'sam-altman'))
    expect(changes.take()).toEqual([
      change('highlight', [tagged?.id as string], [], [ARTICLE]),
      change('note', [note.id], [], []),
      change('entity', ['sam-altman'], [made.id], []),
    ])
    valueOf(await entities.remove('sam-altman'))
    expect(changes.take()).toEqual([
      change('highlight', [tagged?.id as string], [], [ARTICLE]),
      change('note', [note.id], [], []),
      change('entity', [], ['sam-altman'], []),
    ])
  })

  it('accepting or merging a new name announces the entity it created or changed', async () => {
    const { backend, changes } = await open()
    const [accepted] = valueOf<Entity[]>(await backend.newNames.accept([{ name: 'قرنفلة', type: 'org', aliases: ['Carnationix'] }]))
    expect(changes.take()).toEqual([change('entity', [accepted?.id as string], [], [])])
    valueOf(await backend.newNames.merge({ name: 'القرنفلة الكبرى', type: 'org', aliases: [] }, accepted?.id as string))
    expect(changes.take()).toEqual([change('entity', [accepted?.id as string], [], [])])
  })
})

describe('removing an article announces what went with it', () => {
  async function annotatedImport() {
    const opened = await open()
    const { handlers, backend } = opened
    const body = `${seedBytes(seedFiles()[2] as string).toString('utf8')}\nنسخة مستوردة.\n`
    const report = valueOf<ImportReport>(await handlers.importFiles([[{ name: 'mine.txt', data: Buffer.from(body).toString('base64') }]]))
    const id = report.imported[0]?.id as string
    const block = backend.article(id)?.blocks.find((b) => b.kind === 'paragraph') as { start: number }
    const made = [
      ...valueOf<AnchoredHighlight[]>(await backend.highlights.create({ articleId: id, start: block.start, end: block.start + 20, color: 'yellow' })),
      ...valueOf<AnchoredHighlight[]>(await backend.highlights.create({ articleId: id, start: block.start + 30, end: block.start + 50, color: 'green' })),
    ].map((h) => h.id)
    const only = valueOf<Note>(await backend.notes.create({ title: 'عنه', body: paragraph(text('نص')), attachments: [{ kind: 'highlight', id: made[0] as string }] }))
    const shared = valueOf<Note>(
      await backend.notes.create({ title: 'عنه وعن غيره', body: paragraph(text('نص')), attachments: [{ kind: 'article', id }, { kind: 'article', id: SEED_IDS[0] as string }] }),
    )
    opened.changes.take()
    return { ...opened, id, made, only, shared }
  }

  it('deleting its annotations: its highlights, the notes only about it, the notes that lost a link', async () => {
    const { handlers, changes, id, made, only, shared } = await annotatedImport()
    valueOf(await handlers.removeArticle([id, 'delete-annotations']))
    const heard = changes.take()
    expect(heard[0]).toEqual(change('highlight', [], made, [id]))
    expect(heard.slice(1).sort((a, b) => a.upserted.length - b.upserted.length)).toEqual([
      change('note', [], [only.id], []),
      change('note', [shared.id], [], [id, SEED_IDS[0] as string]),
    ])
  })

  it('keeping its annotations: nothing of the user’s changes', async () => {
    const { handlers, changes, id } = await annotatedImport()
    valueOf(await handlers.removeArticle([id, 'keep-annotations']))
    expect(changes.take()).toEqual([])
  })
})
