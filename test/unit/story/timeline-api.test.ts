import { describe, expect, it } from 'vitest'
import { TimelineCache } from '../../../src/backend/timeline/timeline-cache'
import { timelineOf } from '../../../src/backend/timeline/timeline-methods'
import { buildArticle } from '../../../src/core/corpus/parse-article'
import type { TimelineEntry } from '../../../src/shared/api'
import { openHandlers, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

const A001 = '001_acbe007552a08bad'
const A004 = '004_b38019a071557b20'

async function open(): Promise<Awaited<ReturnType<typeof openHandlers>>> {
  return openHandlers({ dataDir: await makeTempDir('timeline'), seedsDir: SEEDS_DIR })
}

describe('getTimeline over the seeds', () => {
  it('answers dated statements first in date order, then yearless ones, then relative ones the seeds cannot date', async () => {
    const { backend, handlers } = await open()
    const items = valueOf<TimelineEntry[]>(await handlers.getTimeline([{}]))
    const groups = items.map((i) => (i.date.precision === 'relative-unresolved' ? 2 : i.date.precision === 'unknown-year' ? 1 : 0))
    expect(groups).toEqual([...groups].sort())
    const dated = items.filter((i) => i.date.iso && !i.date.iso.startsWith('--')).map((i) => i.date.iso as string)
    expect(dated).toEqual([...dated].sort())
    expect(dated.slice(0, 2)).toEqual(['2022', '2023']) // "ChatGPT عام 2022", "في عام 2023" in 004

    // The seeds carry no publication date: "يونيو الماضي" is kept, and said to be unresolved.
    const june = items.find((i) => i.articleId === A001 && i.expression.text === 'يونيو الماضي') as TimelineEntry
    expect(june.date).toEqual({ precision: 'relative-unresolved', relative: true })
    expect(june.entityIds).toEqual(expect.arrayContaining(['meta', 'scale-ai', 'scale-ai-investment']))
    expect(june.articleTitle).toBe(backend.article(A001)?.meta.title)
    // Every item's offsets are the article's own text.
    for (const i of items) {
      const text = backend.article(i.articleId)?.text ?? ''
      expect(text.slice(i.sentence.start, i.sentence.end)).toBe(i.sentence.text)
      expect(text.slice(i.expression.start, i.expression.end)).toBe(i.expression.text)
    }
  })

  it('filters by entity and by articles', async () => {
    const { handlers } = await open()
    const chatgpt = valueOf<TimelineEntry[]>(await handlers.getTimeline([{ entityId: 'chatgpt' }]))
    expect(chatgpt.length).toBeGreaterThan(0)
    for (const i of chatgpt) expect(i.entityIds).toContain('chatgpt')
    const one = valueOf<TimelineEntry[]>(await handlers.getTimeline([{ articleIds: [A004] }]))
    expect(new Set(one.map((i) => i.articleId))).toEqual(new Set([A004]))
  })

  it('applies the user’s verdicts: a rejected mention no longer ties its sentence to the entity', async () => {
    const { backend, handlers } = await open()
    const before = valueOf<TimelineEntry[]>(await handlers.getTimeline([{ entityId: 'new-york-times' }]))
    const item = before.find((i) => i.articleId === A004) as TimelineEntry
    const mention = backend.entities
      .accepted(backend.article(A004) as never, 'new-york-times')
      .find((m) => m.start >= item.sentence.start && m.end <= item.sentence.end)
    expect(mention).toBeDefined()
    valueOf(
      await handlers.decideMention([
        { articleId: A004, start: mention?.start, end: mention?.end, entityId: 'new-york-times', decision: 'rejected' },
      ]),
    )
    const after = valueOf<TimelineEntry[]>(await handlers.getTimeline([{ entityId: 'new-york-times' }]))
    expect(after.some((i) => i.articleId === A004 && i.sentence.start === item.sentence.start)).toBe(false)
  })

  it('answers not-found for an unknown entity or article, invalid-request for a bad query', async () => {
    const { handlers } = await open()
    expect(await handlers.getTimeline([{ entityId: 'nobody' }])).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await handlers.getTimeline([{ articleIds: ['missing'] }])).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await handlers.getTimeline([{ entityId: 7 }])).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(await handlers.getTimeline([{ since: '2018' }])).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })
})

describe('timelineOf over a large library', () => {
  it('lets other work run while it reads the articles the first time', async () => {
    const text = 'خبر\n\nأعلنت الشركة في 10 يونيو 2018 أنها ستتوسع عام 2019.\n'
    const base = buildArticle('a', 'a.txt', text, 'utf-8', () => 'hash')
    const library = Array.from({ length: 400 }, (_, i) => ({ ...base, id: `a${i}` }))
    const sources = {
      articles: () => library,
      entities: { entities: [], acceptedIn: () => [] },
    }
    let otherWorkRan = false
    setImmediate(() => (otherWorkRan = true))
    const answer = await timelineOf(sources, new TimelineCache(), {})
    expect(otherWorkRan).toBe(true)
    expect(answer.ok && answer.value.length).toBe(800)
  })
})
