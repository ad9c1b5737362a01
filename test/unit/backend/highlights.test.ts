import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AnchoredHighlight } from '../../../src/core/highlights/anchored'
import type { Highlight } from '../../../src/core/store/annotations'
import type { StoreNotice } from '../../../src/core/store/notices'
import type { ArticleHighlights, HighlightWithArticle } from '../../../src/shared/api'
import { manualClock } from '../helpers/clock'
import { closeBackend, openHandlers, SEED_IDS, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

const ARTICLE = SEED_IDS[3] as string
const PHRASE = 'استثمرت ميتا 14.3 مليار دولار في شركة Scale AI'

/** A private copy of the seeds, so a test can edit or remove an article file. */
async function seedsCopy(): Promise<string> {
  const dir = await makeTempDir('seeds')
  for (const name of await fsp.readdir(SEEDS_DIR)) await fsp.copyFile(join(SEEDS_DIR, name), join(dir, name))
  return dir
}

async function setup(seedsDir = SEEDS_DIR, dataDir?: string) {
  const data = dataDir ?? (await makeTempDir('highlights'))
  const { backend, handlers } = await openHandlers({ dataDir: data, seedsDir, now: manualClock('2025-03-01T08:00:00.000Z').now })
  const text = backend.article(ARTICLE)?.text as string
  const file = join(data, 'annotations', `${ARTICLE}.json`)
  const onDisk = async (): Promise<Highlight[]> => JSON.parse(await fsp.readFile(file, 'utf8')).highlights
  const create = async (start: number, end: number, color = 'yellow') => handlers.createHighlights([{ articleId: ARTICLE, start, end, color }])
  return { dataDir: data, backend, handlers, text, file, onDisk, create }
}

describe('highlights over the API', () => {
  it('describes a new highlight from the current text: exact quote, 32 characters of context, position', async () => {
    const { text, create, onDisk } = await setup()
    const start = text.indexOf(PHRASE)
    const [created] = valueOf<AnchoredHighlight[]>(await create(start, start + PHRASE.length))
    expect(created?.anchor).toEqual({ start, end: start + PHRASE.length })
    const [stored] = await onDisk()
    expect(stored?.target.quote).toEqual({ type: 'TextQuoteSelector', exact: PHRASE, prefix: text.slice(start - 32, start), suffix: text.slice(start + PHRASE.length, start + PHRASE.length + 32) })
    expect(stored?.target.position).toEqual({ type: 'TextPositionSelector', start, end: start + PHRASE.length })
  })

  it('trims whitespace and refuses a selection of nothing but whitespace or hidden chrome, writing nothing', async () => {
    const { text, create, file, backend } = await setup()
    const space = text.indexOf(' ')
    expect(await create(space, space + 1)).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    const chrome = backend.article(ARTICLE)?.blocks.find((b) => b.role === 'source-link')
    if (!chrome) throw new Error('seed 003 changed')
    expect(await create(chrome.start, chrome.end)).toMatchObject({ ok: false, error: { code: 'invalid-request', message: 'The selection holds no visible text.' } })
    await expect(fsp.access(file)).rejects.toThrow()
    const start = text.indexOf(PHRASE)
    const [trimmed] = valueOf<AnchoredHighlight[]>(await create(start - 1, start + PHRASE.length)) // starts on a space
    expect(trimmed?.target.quote.exact).toBe(PHRASE)
  })

  it('accepts a selection of the whole article, as one highlight per visible stretch (chrome excluded)', async () => {
    const { text, create } = await setup()
    const created = valueOf<AnchoredHighlight[]>(await create(0, text.length))
    const quotes = created.map((h) => h.target.quote.exact)
    for (const hidden of ['8 hours ago 4', 'اذهب للمصدر']) expect(quotes.join('')).not.toContain(hidden)
    expect(quotes[0]?.startsWith('مارك زوكربيرغ يطلق')).toBe(true)
    expect(created.length).toBeGreaterThan(1) // split around the timestamp line and the glued duplicate caption
  })

  it('refuses malformed requests with a clear error and leaves the store as it was', async () => {
    const { text, create, handlers, onDisk } = await setup()
    const start = text.indexOf(PHRASE)
    valueOf(await create(start, start + 10))
    const before = await onDisk()
    const bad: unknown[][] = [
      [{ articleId: ARTICLE, start: 10, end: 5, color: 'yellow' }],
      [{ articleId: ARTICLE, start: -1, end: 5, color: 'yellow' }],
      [{ articleId: ARTICLE, start: 0, end: 5, color: 'red' }],
      [{ articleId: ARTICLE, start: 0, end: 5, color: 'yellow', extra: true }],
      [{ articleId: '../settings', start: 0, end: 5, color: 'yellow' }],
      [{ articleId: ARTICLE, start: 0, end: text.length + 10, color: 'yellow' }],
      [{ articleId: ARTICLE, start: '0', end: 5, color: 'yellow' }],
    ]
    for (const args of bad) {
      const result = await handlers.createHighlights(args)
      expect(result.ok, JSON.stringify(args)).toBe(false)
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10)
    }
    const malformedRestore = await handlers.restoreHighlight([{ ...before[0], target: { quote: { exact: 'x' }, position: { start: 5, end: 1 } } }])
    expect(malformedRestore).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(await onDisk()).toEqual(before)
  })

  it('updates, deletes and restores a highlight exactly (what undo does)', async () => {
    const { text, create, handlers, onDisk } = await setup()
    const start = text.indexOf(PHRASE)
    const [h] = valueOf<AnchoredHighlight[]>(await create(start, start + PHRASE.length))
    valueOf(await handlers.updateHighlight([h?.id, { color: 'green', comment: 'تعليق على Scale AI' }]))
    const updated = (await onDisk())[0] as Highlight
    expect([updated.color, updated.comment]).toEqual(['green', 'تعليق على Scale AI'])
    const removed = valueOf<Highlight>(await handlers.deleteHighlight([h?.id]))
    expect(await onDisk()).toEqual([])
    valueOf(await handlers.restoreHighlight([removed]))
    expect(await onDisk()).toEqual([updated])
    expect(await handlers.restoreHighlight([removed])).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })

  it('answers every change with the highlight placed as listHighlights places it', async () => {
    const { text, create, handlers } = await setup()
    const start = text.indexOf(PHRASE)
    const [h] = valueOf<AnchoredHighlight[]>(await create(start, start + PHRASE.length))
    const id = h?.id as string
    const listed = async (): Promise<AnchoredHighlight | undefined> =>
      valueOf<ArticleHighlights>(await handlers.listHighlights([ARTICLE])).highlights.find((x) => x.id === id)

    const updated = valueOf<AnchoredHighlight>(await handlers.updateHighlight([id, { color: 'green', comment: 'تعليق' }]))
    expect(updated).toEqual(await listed())
    expect(updated.anchor).toEqual({ start, end: start + PHRASE.length })
    const tagged = valueOf<AnchoredHighlight>(await handlers.tagHighlight([id, ['sam-altman']]))
    expect(tagged).toEqual(await listed())
    const reattached = valueOf<AnchoredHighlight>(await handlers.reattachHighlight([id, start, start + 12]))
    expect(reattached).toEqual(await listed())
    expect(reattached.anchor).toEqual({ start, end: start + 12 })
    const removed = valueOf<Highlight>(await handlers.deleteHighlight([id]))
    const restored = valueOf<AnchoredHighlight>(await handlers.restoreHighlight([removed]))
    expect(restored).toEqual(await listed())
    expect(restored.anchor).toEqual({ start, end: start + 12 })
  })

  it('restores a highlight made on an earlier version of the text where the text now holds it (an undo after the file changed)', async () => {
    const seeds = await seedsCopy()
    const first = await setup(seeds)
    const start = first.text.indexOf(PHRASE)
    const [made] = valueOf<AnchoredHighlight[]>(await first.create(start, start + PHRASE.length))
    const record = valueOf<Highlight>(await first.handlers.deleteHighlight([made?.id]))
    await closeBackend(first.backend)
    const path = join(seeds, `${ARTICLE}.txt`)
    await fsp.writeFile(path, (await fsp.readFile(path, 'utf8')).replace('ووفقا لتقرير', 'وفي تقرير جديد نشر اليوم، ووفقا لتقرير'))

    const second = await setup(seeds, first.dataDir)
    const restored = valueOf<AnchoredHighlight>(await second.handlers.restoreHighlight([record]))
    const moved = second.text.indexOf(PHRASE)
    expect(moved).not.toBe(start)
    expect(restored.anchor).toEqual({ start: moved, end: moved + PHRASE.length })
    expect(restored.contentHash).toBe(second.backend.article(ARTICLE)?.contentHash)
    expect(valueOf<ArticleHighlights>(await second.handlers.listHighlights([ARTICLE])).highlights).toEqual([restored])
  })

  it('re-anchors highlights when the article file changed, rewrites their selectors and reports the counts once', async () => {
    const seeds = await seedsCopy()
    const first = await setup(seeds)
    const start = first.text.indexOf(PHRASE)
    const kept = valueOf<AnchoredHighlight[]>(await first.create(0, 'مارك زوكربيرغ'.length))[0] as AnchoredHighlight
    const moved = valueOf<AnchoredHighlight[]>(await first.create(start, start + PHRASE.length))[0] as AnchoredHighlight
    const gonePhrase = 'وجويل بوبار مهندس في شركة Anthropic'
    const goneAt = first.text.indexOf(gonePhrase)
    const gone = valueOf<AnchoredHighlight[]>(await first.create(goneAt, goneAt + gonePhrase.length))[0] as AnchoredHighlight
    await closeBackend(first.backend)

    const path = join(seeds, `${ARTICLE}.txt`)
    const edited = (await fsp.readFile(path, 'utf8')).replace('ووفقا لتقرير', 'وفي تقرير جديد نشر اليوم، ووفقا لتقرير').replace(gonePhrase, '')
    await fsp.writeFile(path, edited)

    const second = await setup(seeds, first.dataDir)
    const listed = valueOf<ArticleHighlights>(await second.handlers.listHighlights([ARTICLE]))
    expect(listed.report).toEqual({ articleId: ARTICLE, kept: 1, moved: 1, orphaned: 1 })
    const byId = new Map(listed.highlights.map((h) => [h.id, h]))
    expect(second.text.slice(byId.get(moved.id)?.anchor?.start, byId.get(moved.id)?.anchor?.end)).toBe(PHRASE)
    expect(byId.get(kept.id)?.anchor).toEqual(kept.anchor)
    expect(byId.get(gone.id)?.anchor).toBeNull()
    const stored = new Map((await second.onDisk()).map((h) => [h.id, h]))
    expect(stored.get(moved.id)?.contentHash).toBe(second.backend.article(ARTICLE)?.contentHash)
    expect(stored.get(moved.id)?.target.position.start).toBe(second.text.indexOf(PHRASE))
    expect(stored.get(gone.id)?.target.quote.exact).toBe(gonePhrase) // an orphan keeps its selectors

    const again = valueOf<ArticleHighlights>(await second.handlers.listHighlights([ARTICLE]))
    expect(again.report).toBeNull()

    const reattached = valueOf<AnchoredHighlight>(await second.handlers.reattachHighlight([gone.id, 0, 'مارك زوكربيرغ'.length]))
    expect(reattached.target.quote.exact).toBe('مارك زوكربيرغ')
    expect(reattached.anchor).toEqual({ start: 0, end: 'مارك زوكربيرغ'.length })
    const placed = valueOf<ArticleHighlights>(await second.handlers.listHighlights([ARTICLE]))
    expect(placed.highlights.every((h) => h.anchor !== null)).toBe(true)
  })

  it('keeps the highlights of an article that left the library, as orphans', async () => {
    const seeds = await seedsCopy()
    const first = await setup(seeds)
    valueOf(await first.create(0, 10))
    await closeBackend(first.backend)
    await fsp.rm(join(seeds, `${ARTICLE}.txt`))
    const second = await setup(seeds, first.dataDir)
    const all = valueOf<HighlightWithArticle[]>(await second.handlers.listAllHighlights([]))
    expect(all).toHaveLength(1)
    expect(all[0]).toMatchObject({ anchor: null, orphanReason: 'article-missing', articleTitle: null })
    expect(await second.onDisk()).toHaveLength(1)
  })

  it('sets aside a malformed highlight in the store with a notice, and loads the others', async () => {
    const { text, create, backend, dataDir } = await setup()
    const start = text.indexOf(PHRASE)
    valueOf(await create(start, start + PHRASE.length))
    valueOf(await create(0, 10))
    await closeBackend(backend)
    const file = join(dataDir, 'annotations', `${ARTICLE}.json`)
    const doc = JSON.parse(await fsp.readFile(file, 'utf8'))
    const damaged = doc.highlights.findIndex((h: Highlight) => h.target.quote.exact !== PHRASE)
    doc.highlights[damaged].target.position = { type: 'TextPositionSelector', start: 50, end: 'x' }
    await fsp.writeFile(file, JSON.stringify(doc))

    const second = await setup(SEEDS_DIR, dataDir)
    const listed = valueOf<ArticleHighlights>(await second.handlers.listHighlights([ARTICLE]))
    expect(listed.highlights.map((h) => h.target.quote.exact)).toEqual([PHRASE])
    const notices = valueOf<StoreNotice[]>(await second.handlers.takeNotices([]))
    expect(notices).toEqual([expect.objectContaining({ kind: 'records-set-aside', count: 1, reason: expect.stringContaining('position') })])
    valueOf(await second.create(20, 30)) // a later save keeps the set-aside record, verbatim
    const saved = JSON.parse(await fsp.readFile(file, 'utf8'))
    expect(saved.setAside[0].record).toEqual(doc.highlights[damaged])
  })

  it('stays usable with 10,000 highlights in one article', async () => {
    const { text, backend, handlers } = await setup()
    const store = await backend.annotations.forArticle(ARTICLE)
    const hash = backend.article(ARTICLE)?.contentHash as string
    const records: Highlight[] = Array.from({ length: 10_000 }, (_, i): Highlight => {
      const start = (i * 7) % (text.length - 40)
      return {
        id: `bulk-${i}`,
        articleId: ARTICLE,
        contentHash: hash,
        target: {
          quote: { type: 'TextQuoteSelector', exact: text.slice(start, start + 30), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + 30, start + 62) },
          position: { type: 'TextPositionSelector', start, end: start + 30 },
        },
        color: 'yellow',
        comment: '',
        entityIds: [],
        createdAt: '2025-03-01T08:00:00.000Z',
        updatedAt: '2025-03-01T08:00:00.000Z',
      }
    }).filter((h) => h.target.quote.exact.trim() === h.target.quote.exact && h.target.quote.exact.length === 30)
    await store.update((d) => void d.highlights.push(...records))
    const t = performance.now()
    const listed = valueOf<ArticleHighlights>(await handlers.listHighlights([ARTICLE]))
    const elapsed = performance.now() - t
    expect(listed.highlights).toHaveLength(records.length)
    expect(listed.highlights.every((h) => h.anchor !== null)).toBe(true)
    expect(elapsed).toBeLessThan(5000) // a sanity bound, not a benchmark: npm run bench measures speed
    const start = text.indexOf(PHRASE)
    expect((await handlers.createHighlights([{ articleId: ARTICLE, start, end: start + PHRASE.length, color: 'blue' }])).ok).toBe(true)
  })
})
