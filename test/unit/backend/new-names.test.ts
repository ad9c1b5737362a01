import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { discoverInline } from '../../../src/backend/discovery/discover-inline'
import type { Entity } from '../../../src/core/entities/types'
import type { ArticleEntities, NewNamesInbox } from '../../../src/shared/api'
import { closeBackend, openHandlers, SEED_IDS, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

/** One word-list cache for the whole test run (the first decode takes ~2 s). */
const discover = discoverInline(join(tmpdir(), 'daftar-test-cache', 'ar-words.btrie'))

async function setup(dataDir?: string) {
  const data = dataDir ?? (await makeTempDir('new-names'))
  const opened = await openHandlers({ dataDir: data, seedsDir: SEEDS_DIR, discover })
  await opened.backend.newNames.refresh()
  const inbox = async (articleId?: string): Promise<NewNamesInbox> =>
    valueOf<NewNamesInbox>(await opened.handlers.listNewNames([articleId ? { articleId } : {}]))
  return { ...opened, dataDir: data, inbox }
}

const ARTICLE = SEED_IDS[3] as string

describe('the new names inbox over the API', () => {
  it('ranks the names the starter registry lacks, each with its type, reasons, articles and sentences', async () => {
    const { inbox } = await setup()
    const all = await inbox()
    expect(all.status).toBe('ready')
    const jack = all.names.find((n) => n.name === 'جاك راي')
    expect(jack?.type).toBe('person')
    expect(jack?.signals.length).toBeGreaterThan(0)
    expect(jack?.articles.map((a) => a.articleId)).toContain(ARTICLE)
    const example = jack?.examples[0]
    expect(example?.match).toBe('جاك راي')
    expect(`${example?.before}${example?.match}${example?.after}`).toContain('جاك راي من Google DeepMind')
    // One article's inbox holds only names that occur there.
    const one = await inbox(ARTICLE)
    expect(one.names.every((n) => n.articles.some((a) => a.articleId === ARTICLE))).toBe(true)
    expect(one.total).toBeLessThan(all.total)
  })

  it('shows the proposals as the reader’s suggestions once the pass is ready', async () => {
    const { handlers, backend } = await setup()
    const entities = valueOf<ArticleEntities>(await handlers.getArticleEntities([ARTICLE]))
    const text = backend.article(ARTICLE)!.text
    const jack = entities.suggestions.find((s) => s.text === 'جاك راي')
    expect(jack?.name).toBe('جاك راي')
    expect(jack?.type).toBe('person')
    expect(text.slice(jack!.start, jack!.end)).toBe('جاك راي')
  })

  it('accepting creates the entity, marks its mentions and takes it out of the inbox', async () => {
    const { handlers, inbox } = await setup()
    const [created] = valueOf<Entity[]>(await handlers.acceptNewNames([[{ name: 'جاك راي', type: 'person', aliases: [] }]]))
    expect(created?.nameAr).toBe('جاك راي')
    expect((await inbox()).names.map((n) => n.name)).not.toContain('جاك راي')
    const entities = valueOf<ArticleEntities>(await handlers.getArticleEntities([ARTICLE]))
    expect(entities.mentions.some((m) => m.entityId === created?.id)).toBe(true)
    expect(entities.suggestions.some((s) => s.name === 'جاك راي')).toBe(false)
  })

  it('merging adds the spelling to an existing entity as an alias', async () => {
    const { handlers, backend } = await setup()
    // Say the user knows the engineer as a person already in the registry under another name.
    const target = backend.entities.entities.find((e) => e.type === 'person')
    const merged = valueOf<Entity>(
      await handlers.mergeNewName([{ name: 'كوراي كافوكشغلو', type: 'person', aliases: ['كافوكشغلو'] }, target!.id]),
    )
    expect(merged.aliases).toEqual(expect.arrayContaining(['كوراي كافوكشغلو', 'كافوكشغلو']))
  })

  it('remembers an ignored name across restarts, and never proposes it again', async () => {
    const { handlers, backend, dataDir, inbox } = await setup()
    valueOf(await handlers.ignoreNewNames([['جاك راي']]))
    expect((await inbox()).names.map((n) => n.name)).not.toContain('جاك راي')
    await closeBackend(backend)
    const again = await setup(dataDir)
    expect((await again.inbox()).names.map((n) => n.name)).not.toContain('جاك راي')
  })

  it('refuses bad requests with a clear error and changes nothing', async () => {
    const { handlers, inbox } = await setup()
    const before = (await inbox()).total
    const unknownArticle = await handlers.listNewNames([{ articleId: 'no-such-article' }])
    expect(unknownArticle.ok).toBe(false)
    const unknownEntity = await handlers.mergeNewName([{ name: 'جاك راي', type: 'person', aliases: [] }, 'no-such-entity'])
    expect(unknownEntity.ok ? null : unknownEntity.error.code).toBe('not-found')
    expect((await inbox()).total).toBe(before)
  })

  it('says the inbox is still being read while the first pass runs, and says why when it failed', async () => {
    const data = await makeTempDir('new-names')
    const failing = await openHandlers({
      dataDir: data,
      seedsDir: SEEDS_DIR,
      discover: async () => Promise.reject(new Error('word list missing')),
    })
    expect(valueOf<NewNamesInbox>(await failing.handlers.listNewNames([{}])).status).toBe('running')
    await failing.backend.newNames.refresh()
    const inbox = valueOf<NewNamesInbox>(await failing.handlers.listNewNames([{}]))
    expect(inbox).toMatchObject({ status: 'unavailable', reason: 'word list missing' })
    // The reader keeps the quick suggester's suggestions meanwhile.
    expect(valueOf<ArticleEntities>(await failing.handlers.getArticleEntities([ARTICLE])).suggestions.length).toBeGreaterThan(0)
  })

  it('runs the pass in the discovery thread by default, with the same proposals as inline', async () => {
    const inline = await setup()
    const threaded = await openHandlers({ dataDir: await makeTempDir('new-names'), seedsDir: SEEDS_DIR })
    await threaded.backend.newNames.refresh()
    const names = async (h: typeof inline.handlers): Promise<string[]> =>
      valueOf<NewNamesInbox>(await h.listNewNames([{}])).names.map((n) => n.name)
    expect(await names(threaded.handlers)).toEqual(await names(inline.handlers))
    expect(await names(threaded.handlers)).toContain('جاك راي')
  })

  it('does not bring back a name accepted while a pass was reading the library', async () => {
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    const slow: typeof discover = async (input) => {
      const names = await discover(input)
      await gate
      return names
    }
    const { handlers, backend } = await openHandlers({ dataDir: await makeTempDir('new-names'), seedsDir: SEEDS_DIR, discover: slow })
    const pass = backend.newNames.refresh()
    valueOf(await handlers.acceptNewNames([[{ name: 'جاك راي', type: 'person', aliases: [] }]]))
    release()
    await pass
    const inbox = valueOf<NewNamesInbox>(await handlers.listNewNames([{}]))
    expect(inbox.status).toBe('ready')
    expect(inbox.names.map((n) => n.name)).not.toContain('جاك راي')
  })
})
