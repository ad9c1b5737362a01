import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AnnotationsStore, annotationsFileStem } from '../../../src/backend/highlights/annotations-store'
import type { Highlight } from '../../../src/core/store/annotations'
import type { StoreNotice } from '../../../src/core/store/notices'
import { manualClock } from '../helpers/clock'
import { makeTempDir } from '../helpers/temp-dir'

const highlight = (articleId: string, id: string): Highlight => ({
  id,
  articleId,
  contentHash: 'a'.repeat(64),
  target: {
    quote: { type: 'TextQuoteSelector', exact: 'الذكاء الاصطناعي', prefix: 'في ', suffix: ' العام' },
    position: { type: 'TextPositionSelector', start: 10, end: 26 },
  },
  color: 'yellow',
  comment: '',
  entityIds: [],
  createdAt: '2025-03-01T08:00:00.000Z',
  updatedAt: '2025-03-01T08:00:00.000Z',
})

async function setup() {
  const dataDir = await makeTempDir('annotations')
  const notices: StoreNotice[] = []
  const store = new AnnotationsStore(dataDir, (n) => void notices.push(n), manualClock().now)
  return { dataDir, dir: join(dataDir, 'annotations'), notices, store }
}

describe('AnnotationsStore', () => {
  it("keeps each article's highlights in its own file: saving one leaves the other's bytes alone", async () => {
    const { dir, store } = await setup()
    const a = await store.forArticle('article-a')
    const b = await store.forArticle('article-b')
    await a.update((d) => void d.highlights.push(highlight('article-a', 'h1')))
    await b.update((d) => void d.highlights.push(highlight('article-b', 'h2')))
    const bBytes = await fsp.readFile(join(dir, 'article-b.json'))

    await a.update((d) => void d.highlights.push(highlight('article-a', 'h3')))

    expect(await fsp.readFile(join(dir, 'article-b.json'))).toEqual(bBytes)
    const onDisk = JSON.parse(await fsp.readFile(join(dir, 'article-a.json'), 'utf8'))
    expect(onDisk.highlights.map((h: Highlight) => h.id)).toEqual(['h1', 'h3'])
  })

  it('opens one document per article however often it is asked for', async () => {
    const { store } = await setup()
    const [x, y] = await Promise.all([store.forArticle('same'), store.forArticle('same')])
    expect(x).toBe(y)
  })

  it('gives ids that are not plain ASCII names a hashed file name that stays inside the folder', () => {
    for (const id of ['خبر-عاجل', 'CON', 'nul', 'lpt1', '../escape', 'a b', 'x'.repeat(101)]) {
      expect(annotationsFileStem(id), id).toMatch(/^id-[0-9a-f]{32}$/)
    }
    expect(annotationsFileStem('000_fcf6e2d5e2034c53')).toBe('000_fcf6e2d5e2034c53')
  })

  it('never lets two ids share a file on a case-insensitive disk (macOS, Windows)', () => {
    const stems = ['report', 'Report', 'REPORT'].map((id) => annotationsFileStem(id).toLowerCase())
    expect(new Set(stems).size).toBe(3)
  })

  it('opens every annotations file at start-up, hashed ones under the article id they record', async () => {
    const { dataDir, store } = await setup()
    const arabic = 'مقال-عربي'
    await (await store.forArticle(arabic)).update((d) => void d.highlights.push(highlight(arabic, 'h1')))
    await (await store.forArticle('plain')).update((d) => void d.highlights.push(highlight('plain', 'h2')))

    const fresh = new AnnotationsStore(dataDir, () => {})
    const all = await fresh.openAll()
    expect([...all.keys()].sort()).toEqual([arabic, 'plain'].sort())
    expect(all.get(arabic)?.data.highlights.map((h) => h.id)).toEqual(['h1'])
  })

  it('moves a damaged annotations file aside and tells the user, without touching other articles', async () => {
    const { dataDir, dir, store } = await setup()
    await (await store.forArticle('good')).update((d) => void d.highlights.push(highlight('good', 'h1')))
    await fsp.writeFile(join(dir, 'broken.json'), '{"schemaVersion":1,"articleId":"broken","highlights":[{"id":')
    const goodBytes = await fsp.readFile(join(dir, 'good.json'))

    const notices: StoreNotice[] = []
    const fresh = new AnnotationsStore(dataDir, (n) => void notices.push(n))
    const all = await fresh.openAll()

    expect(all.get('broken')?.data.highlights).toEqual([])
    expect(notices).toEqual([expect.objectContaining({ kind: 'reset', document: 'broken' })])
    expect((await fsp.readdir(dir)).some((n) => n.startsWith('broken.json.corrupt-'))).toBe(true)
    expect(await fsp.readFile(join(dir, 'good.json'))).toEqual(goodBytes)
  })

  it('writes no backup when opening every file, and backs a file up once, before its first change of the session', async () => {
    const first = await setup()
    const doc = await first.store.forArticle('article-a')
    await doc.update((d) => void d.highlights.push(highlight('article-a', 'h1')))
    const backups = join(first.dir, 'backups')
    const listBackups = async (): Promise<string[]> => (await fsp.readdir(backups).catch(() => [] as string[])).sort()
    expect(await listBackups()).toEqual([]) // the file did not exist before this change

    const second = new AnnotationsStore(first.dataDir, () => {}, manualClock().now)
    await second.openAll()
    expect(await listBackups()).toEqual([])

    const reopened = await second.forArticle('article-a')
    await reopened.update((d) => void d.highlights.push(highlight('article-a', 'h2')))
    await reopened.update((d) => void d.highlights.push(highlight('article-a', 'h3')))
    const taken = await listBackups()
    expect(taken).toHaveLength(1)
    const backedUp = JSON.parse(await fsp.readFile(join(backups, taken[0] as string), 'utf8'))
    expect(backedUp.highlights.map((h: Highlight) => h.id)).toEqual(['h1'])
  })
})
