import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MentionIndex } from '../../../src/core/entities/mention-index'
import type { Entity } from '../../../src/core/entities/types'
import type { AnchoredHighlight } from '../../../src/core/highlights/anchored'
import type { Note } from '../../../src/core/store/notes'
import type { ArticleEntities, EntityInput, EntityPage, NoteSummary } from '../../../src/shared/api'
import { manualClock } from '../helpers/clock'
import { closeBackend, openHandlers, SEED_IDS, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

afterEach(() => vi.restoreAllMocks())

async function setup(dataDir?: string) {
  const dir = dataDir ?? (await makeTempDir('entities'))
  const { backend, handlers } = await openHandlers({ dataDir: dir, seedsDir: SEEDS_DIR, now: manualClock('2025-03-01T08:00:00.000Z').now })
  const registryOnDisk = async (): Promise<{ entities: Entity[]; decisions: unknown[] }> => JSON.parse(await fsp.readFile(join(dir, 'entities.json'), 'utf8'))
  return { dataDir: dir, backend, handlers, registryOnDisk }
}

const input = (over: Partial<EntityInput>): EntityInput => ({ type: 'org', nameAr: '', nameLatin: '', aliases: [], description: '', ...over })
const noteWith = (entityId: string, label: string) => ({
  title: 'عن الصفقة',
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'قال ' }, { type: 'mention', attrs: { id: entityId, label } }, { type: 'text', text: ' إن الصفقة كبيرة' }] }] },
  attachments: [{ kind: 'entity' as const, id: entityId }],
})

describe('the entity registry over the API', () => {
  it('starts from the starter registry on the first start, and keeps the user’s copy after that', async () => {
    const { handlers, registryOnDisk, dataDir, backend } = await setup()
    const entities = valueOf<Entity[]>(await handlers.listEntities([]))
    expect(entities.map((e) => e.id)).toContain('mark-zuckerberg')
    expect((await registryOnDisk()).entities.length).toBe(entities.length)
    valueOf(await handlers.deleteEntity(['mark-zuckerberg']))
    await closeBackend(backend)
    const again = await setup(dataDir)
    expect(valueOf<Entity[]>(await again.handlers.listEntities([])).map((e) => e.id)).not.toContain('mark-zuckerberg')
  })

  it('finds an article’s mentions again after a change to a name, not after a description edit', async () => {
    const { handlers } = await setup()
    const article = SEED_IDS[3] as string
    const before = valueOf<ArticleEntities>(await handlers.getArticleEntities([article]))
    const sam = valueOf<Entity[]>(await handlers.listEntities([])).find((e) => e.id === 'sam-altman') as Entity
    const { id: _id, createdAt: _c, updatedAt: _u, ...own } = sam
    const scans = vi.spyOn(MentionIndex.prototype, 'find')

    valueOf(await handlers.updateEntity([sam.id, { ...own, description: 'وصف جديد' }]))
    expect(valueOf<ArticleEntities>(await handlers.getArticleEntities([article]))).toEqual(before)
    expect(scans).not.toHaveBeenCalled()

    valueOf(await handlers.updateEntity([sam.id, { ...own, aliases: [...own.aliases, 'الباحث الرئيسي'] }]))
    const after = valueOf<ArticleEntities>(await handlers.getArticleEntities([article]))
    expect(scans).toHaveBeenCalled()
    expect(after.mentions.filter((m) => m.entityId === sam.id).length).toBeGreaterThan(before.mentions.filter((m) => m.entityId === sam.id).length)
  })

  it('finds a user-added entity in every article, with its clitics left outside the mark', async () => {
    const { handlers, backend } = await setup()
    const created = valueOf<Entity>(await handlers.createEntity([input({ nameAr: 'الذكاء الفائق', nameLatin: 'superintelligence', type: 'other' })]))
    let articlesWithIt = 0
    for (const id of SEED_IDS) {
      const { mentions } = valueOf<ArticleEntities>(await handlers.getArticleEntities([id]))
      const own = mentions.filter((m) => m.entityId === created.id)
      if (own.length) articlesWithIt++
      const text = backend.article(id)?.text as string
      for (const m of own) {
        // "للذكاء" is ل + الذكاء with the article's alef dropped: the mark keeps the article's lam, not the clitic.
        const marked = text.slice(m.start, m.end).replace(/[\u064B-\u065F\u0640]/g, '')
        const expected = text[m.start - 1] === 'ل' && marked.startsWith('لذكاء') ? /^لذكاء الفائق$/ : /^(الذكاء الفائق|Superintelligence)$/i
        expect(marked).toMatch(expected)
      }
    }
    expect(articlesWithIt).toBeGreaterThanOrEqual(4)
  })

  it('refuses empty, one-letter, stop-word and taken names with clear errors, naming the other entity', async () => {
    const { handlers } = await setup()
    const refusals = [input({}), input({ nameAr: '   ' }), input({ nameAr: 'ب' }), input({ nameAr: 'في' }), input({ nameLatin: 'Meta' }), input({ nameAr: 'شركة جديدة', aliases: ['زوكربيرج'] })]
    const results = await Promise.all(refusals.map((r) => handlers.createEntity([r])))
    for (const r of results) expect(r).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(results[4]).toMatchObject({ error: { details: { conflictEntityId: 'meta' } } })
    expect(results[5]).toMatchObject({ error: { details: { conflictEntityId: 'mark-zuckerberg' } } })
  })

  it('stores a verdict on one mention: rejected is shown as such, and a hand-made link adds a mention', async () => {
    const { handlers, backend, registryOnDisk } = await setup()
    const article = SEED_IDS[3] as string
    const first = valueOf<ArticleEntities>(await handlers.getArticleEntities([article])).mentions.find((m) => m.entityId === 'sam-altman')
    if (!first) throw new Error('seed 003 mentions Sam Altman')
    valueOf(await handlers.decideMention([{ articleId: article, start: first.start, end: first.end, entityId: 'sam-altman', decision: 'rejected' }]))
    const text = backend.article(article)?.text as string
    const span = text.indexOf('نخبة الباحثين')
    valueOf(await handlers.decideMention([{ articleId: article, start: span, end: span + 'نخبة الباحثين'.length, entityId: 'meta', decision: 'linked' }]))
    const after = valueOf<ArticleEntities>(await handlers.getArticleEntities([article])).mentions
    expect(after.find((m) => m.start === first.start)?.decision).toBe('rejected')
    expect(after.find((m) => m.start === span)).toMatchObject({ entityId: 'meta', decision: 'linked' })
    expect((await registryOnDisk()).decisions).toHaveLength(2)
    valueOf(await handlers.decideMention([{ articleId: article, start: first.start, end: first.end, entityId: 'sam-altman', decision: 'clear' }]))
    expect((await registryOnDisk()).decisions).toHaveLength(1)
  })

  it('merges two entities: names united, notes, highlight tags and verdicts moved, nothing lost', async () => {
    const { handlers, backend } = await setup()
    const duplicate = valueOf<Entity>(await handlers.createEntity([input({ type: 'person', nameAr: 'مارك زاكربرغ' })]))
    const note = valueOf<Note>(await handlers.createNote([noteWith(duplicate.id, 'مارك زاكربرغ')]))
    const text = backend.article(SEED_IDS[0] as string)?.text as string
    const [highlight] = valueOf<AnchoredHighlight[]>(await handlers.createHighlights([{ articleId: SEED_IDS[0], start: 100, end: 120, color: 'yellow' }]))
    valueOf(await handlers.tagHighlight([highlight?.id, [duplicate.id]]))
    valueOf(await handlers.decideMention([{ articleId: SEED_IDS[0], start: 0, end: 4, entityId: duplicate.id, decision: 'linked' }]))
    expect(text.length).toBeGreaterThan(0)

    const merged = valueOf<Entity>(await handlers.mergeEntities([duplicate.id, 'mark-zuckerberg']))
    expect(merged.aliases).toContain('مارك زاكربرغ')
    expect(valueOf<Entity[]>(await handlers.listEntities([])).some((e) => e.id === duplicate.id)).toBe(false)
    const movedNote = valueOf<Note>(await handlers.getNote([note.id]))
    expect(JSON.stringify(movedNote.body)).toContain('"id":"mark-zuckerberg"')
    expect(JSON.stringify(movedNote.body)).not.toContain(duplicate.id)
    expect(movedNote.attachments).toEqual([{ kind: 'entity', id: 'mark-zuckerberg' }])
    const page = valueOf<EntityPage>(await handlers.getEntityPage(['mark-zuckerberg']))
    expect(page.notes.map((n) => n.id)).toContain(note.id)
    expect(page.highlights.map((h) => h.id)).toContain(highlight?.id)
    expect(valueOf<ArticleEntities>(await handlers.getArticleEntities([SEED_IDS[0]])).mentions.find((m) => m.start === 0)?.entityId).toBe('mark-zuckerberg')
  })

  it('deletes an entity: notes keep the name as plain text, tags and verdicts go', async () => {
    const { handlers } = await setup()
    const note = valueOf<Note>(await handlers.createNote([noteWith('scale-ai', 'Scale AI')]))
    valueOf(await handlers.deleteEntity(['scale-ai']))
    const kept = valueOf<Note>(await handlers.getNote([note.id]))
    expect(JSON.stringify(kept.body)).not.toContain('"mention"')
    expect(JSON.stringify(kept.body)).toContain('Scale AI')
    expect(kept.attachments).toEqual([])
    expect(await handlers.getEntityPage(['scale-ai'])).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('builds an entity page: mentions in context, counts per article, entities mentioned together, backlinks', async () => {
    const { handlers, backend } = await setup()
    valueOf(await handlers.createNote([noteWith('alexandr-wang', 'ألكسندر وانغ')]))
    const page = valueOf<EntityPage>(await handlers.getEntityPage(['alexandr-wang']))
    expect(page.perArticle.reduce((n, a) => n + a.count, 0)).toBe(page.concordance.length)
    expect(page.concordance.length).toBeGreaterThan(5)
    for (const line of page.concordance) {
      const text = backend.article(line.articleId)?.text ?? ''
      expect(text.slice(line.start, line.end)).toBe(line.match)
      // The line is the article's own characters: before + match + after is one exact slice.
      expect(text.slice(line.start - line.before.length, line.end + line.after.length)).toBe(line.before + line.match + line.after)
      expect(line.before.trim().split(/\s+/).length).toBeLessThanOrEqual(11)
    }
    expect(page.related.map((r) => r.entity.id)).toContain('scale-ai')
    expect(page.notes).toHaveLength(1)
    const notes = valueOf<NoteSummary[]>(await handlers.listNotes([]))
    expect(notes[0]?.entityIds).toEqual(['alexandr-wang'])
  })

  it('finds amounts of money and links them to money entities by value', async () => {
    const { handlers } = await setup()
    const { money } = valueOf<ArticleEntities>(await handlers.getArticleEntities([SEED_IDS[3]]))
    expect(money.find((m) => m.value === 14.3e9)).toMatchObject({ currency: 'USD', entityId: 'scale-ai-investment' })
  })
})
