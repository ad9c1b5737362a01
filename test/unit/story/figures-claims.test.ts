import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { groupClaims } from '../../../src/core/story/figures/claims'
import type { Figure, FigureDecision } from '../../../src/core/story/figures/types'
import type { Article } from '../../../src/core/corpus/types'
import type { Entity } from '../../../src/core/entities/types'
import type { FigureClaimView, FiguresView } from '../../../src/shared/api'
import { closeBackend, openHandlers, SEEDS_DIR, valueOf } from '../helpers/backend'
import { makeTempDir } from '../helpers/temp-dir'

const A001 = '001_acbe007552a08bad'
const A002 = '002_ac22526983ea9195'
const A003 = '003_5733bacec403bece'
const A004 = '004_b38019a071557b20'

async function seeds(dataDir?: string): Promise<Awaited<ReturnType<typeof openHandlers>> & { dataDir: string }> {
  const dir = dataDir ?? (await makeTempDir('figures'))
  return { ...(await openHandlers({ dataDir: dir, seedsDir: SEEDS_DIR, workers: 'inline' })), dataDir: dir }
}

const claimWith = (view: FiguresView, text: string): FigureClaimView => {
  const found = view.claims.filter((c) => c.values.some((v) => v.text === text))
  expect(found, `one claim gives ${text}`).toHaveLength(1)
  return found[0] as FigureClaimView
}

const articlesOf = (claim: FigureClaimView, text: string): string[] => claim.values.find((v) => v.text === text)?.sources.map((s) => s.articleId) ?? []

describe('claims across the seeds', () => {
  it('"14.3 مليار دولار" for the Scale AI deal: one claim, three sources agreeing', async () => {
    const { handlers } = await seeds()
    const view = valueOf<FiguresView>(await handlers.getFigures([{}]))
    const deal = claimWith(view, '14.3 مليار دولار')
    expect(deal).toMatchObject({ kind: 'money', unit: 'USD', topic: 'investment', agreement: 'agree', sourceCount: 3, status: 'open' })
    expect(deal.values).toHaveLength(1)
    expect(articlesOf(deal, '14.3 مليار دولار')).toEqual([A001, A003, A004])
    expect(deal.entityIds).toContain('scale-ai')
    // Meta's 50 billion (its own models) and Scale AI's 99 million army contract are other things.
    expect(view.claims.find((c) => c.values.some((v) => v.text === '50 مليار دولار'))?.key).not.toBe(deal.key)
    expect(view.claims.find((c) => c.values.some((v) => v.text === '99 مليون دولار'))?.key).not.toBe(deal.key)
    // Each source quotes the figure inside its own sentence.
    for (const s of deal.values[0]?.sources ?? []) expect(s.text).toBe('14.3 مليار دولار')
  })

  it('the offers to researchers: "100 مليون دولار" against "300 مليون دولار", side by side as a disagreement', async () => {
    const { handlers } = await seeds()
    const view = valueOf<FiguresView>(await handlers.getFigures([{}]))
    const offers = claimWith(view, '100 مليون دولار')
    expect(offers).toMatchObject({ kind: 'money', unit: 'USD', topic: 'pay', agreement: 'disagree' })
    expect(offers.values.map((v) => v.value)).toEqual([100e6, 300e6])
    expect(articlesOf(offers, '100 مليون دولار')).toEqual([A002, A003, A004])
    // Six mentions of 100 million in three articles; 300 million once.
    expect(offers.values[0]?.sources.reduce((n, s) => n + s.times, 0)).toBe(6)
    expect(articlesOf(offers, '300 مليون دولار')).toEqual([A002])
    expect(view.claims[0]?.agreement).toBe('disagree') // disagreements come first
  })

  it('filters by entity and by articles, and refuses unknown ones clearly', async () => {
    const { handlers } = await seeds()
    const aboutScale = valueOf<FiguresView>(await handlers.getFigures([{ entityId: 'scale-ai' }]))
    expect(aboutScale.claims.length).toBeGreaterThan(0)
    expect(aboutScale.claims.every((c) => c.entityIds.includes('scale-ai'))).toBe(true)
    const two = valueOf<FiguresView>(await handlers.getFigures([{ articleIds: [A001, A003] }]))
    expect(articlesOf(claimWith(two, '14.3 مليار دولار'), '14.3 مليار دولار')).toEqual([A001, A003])
    expect(await handlers.getFigures([{ entityId: 'nobody' }])).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await handlers.getFigures([{ articleIds: ['nope'] }])).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})

describe('figures follow the registry', () => {
  it('a new entity named in a figure’s sentence joins what the figure is about; a rejected mention leaves it', async () => {
    const { handlers } = await seeds()
    const contract = (view: FiguresView): FigureClaimView => claimWith(view, '99 مليون دولار')
    expect(contract(valueOf<FiguresView>(await handlers.getFigures([{}]))).entityIds).not.toContain('us-army')
    const army = valueOf<Entity>(await handlers.createEntity([{ type: 'org', nameAr: 'الجيش الأميركي', nameLatin: 'US Army', aliases: [], description: '' }]))
    expect(contract(valueOf<FiguresView>(await handlers.getFigures([{}]))).entityIds).toContain(army.id)
    const article = valueOf<Article>(await handlers.getArticle([A001]))
    const at = article.text.indexOf('الجيش الأميركي')
    valueOf(await handlers.decideMention([{ articleId: A001, start: at, end: at + 'الجيش الأميركي'.length, entityId: army.id, decision: 'rejected' }]))
    expect(contract(valueOf<FiguresView>(await handlers.getFigures([{}]))).entityIds).not.toContain(army.id)
  })
})

describe('decisions kept', () => {
  it('split, confirm and dismiss are stored in figures.json and applied when the claims are listed again', async () => {
    const first = await seeds()
    const view = valueOf<FiguresView>(await first.handlers.getFigures([{}]))
    const deal = claimWith(view, '14.3 مليار دولار')
    const from004 = deal.values[0]?.sources.find((s) => s.articleId === A004)
    const split = valueOf<FigureDecision>(await first.handlers.decideFigure([{ kind: 'split', claimKey: deal.key, source: { articleId: A004, start: from004?.start ?? 0, end: from004?.end ?? 0 } }]))
    const offers = claimWith(view, '300 مليون دولار')
    valueOf(await first.handlers.decideFigure([{ kind: 'dismiss', claimKey: offers.key }]))
    await closeBackend(first.backend)

    const stored = JSON.parse(await readFile(join(first.dataDir, 'figures.json'), 'utf8')) as { schemaVersion: number; decisions: FigureDecision[] }
    expect(stored.schemaVersion).toBe(1)
    expect(stored.decisions.map((d) => d.kind)).toEqual(['split', 'dismiss'])
    expect(stored.decisions[0]?.sources).toEqual([{ articleId: A004, start: from004?.start, end: from004?.end, quote: '14.3 مليار دولار' }])

    const again = await seeds(first.dataDir)
    const after = valueOf<FiguresView>(await again.handlers.getFigures([{}]))
    const twoSources = after.claims.filter((c) => c.values.some((v) => v.text === '14.3 مليار دولار'))
    expect(twoSources.map((c) => [c.sourceCount, c.split, c.agreement])).toEqual([
      [2, false, 'agree'],
      [1, true, 'single'],
    ])
    expect(twoSources[1]?.decisionId).toBe(split.id)
    expect(claimWith(after, '300 مليون دولار').status).toBe('dismissed')

    // Confirm, then undo the split: three sources again, confirmed.
    valueOf(await again.handlers.undoFigureDecision([split.id]))
    const rejoined = claimWith(valueOf<FiguresView>(await again.handlers.getFigures([{}])), '14.3 مليار دولار')
    expect(rejoined.sourceCount).toBe(3)
    valueOf(await again.handlers.decideFigure([{ kind: 'confirm', claimKey: rejoined.key }]))
    expect(claimWith(valueOf<FiguresView>(await again.handlers.getFigures([{}])), '14.3 مليار دولار').status).toBe('confirmed')
  })

  it('bad input gets a clear error and loses nothing', async () => {
    const { handlers, dataDir } = await seeds()
    const view = valueOf<FiguresView>(await handlers.getFigures([{}]))
    const deal = claimWith(view, '14.3 مليار دولار')
    valueOf(await handlers.decideFigure([{ kind: 'confirm', claimKey: deal.key }]))
    const before = await readFile(join(dataDir, 'figures.json'), 'utf8')
    const unknown = await handlers.decideFigure([{ kind: 'dismiss', claimKey: 'money|USD|pay|nobody' }])
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } })
    if (!unknown.ok) expect(unknown.error.message).toContain('money|USD|pay|nobody')
    // A split of a figure that is not one of the claim's sources.
    expect(await handlers.decideFigure([{ kind: 'split', claimKey: deal.key, source: { articleId: A002, start: 0, end: 5 } }])).toMatchObject({ ok: false, error: { code: 'not-found' } })
    // A split without its source, an unknown kind: refused before anything runs.
    expect(await handlers.decideFigure([{ kind: 'split', claimKey: deal.key }])).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(await handlers.decideFigure([{ kind: 'merge', claimKey: deal.key }])).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(await handlers.undoFigureDecision(['no-such-decision'])).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await readFile(join(dataDir, 'figures.json'), 'utf8')).toBe(before)
    expect(claimWith(valueOf<FiguresView>(await handlers.getFigures([{}])), '14.3 مليار دولار').status).toBe('confirmed')
  })
})

describe('figures.json under the store policy', () => {
  it('a damaged file is moved aside and the last good backup restored: the decisions are not lost, the user is told', async () => {
    const first = await seeds()
    const deal = claimWith(valueOf<FiguresView>(await first.handlers.getFigures([{}])), '14.3 مليار دولار')
    valueOf(await first.handlers.decideFigure([{ kind: 'confirm', claimKey: deal.key }]))
    await closeBackend(first.backend)
    // Opening keeps a backup of the good file; then the file is damaged behind the app's back.
    await closeBackend((await seeds(first.dataDir)).backend)
    await writeFile(join(first.dataDir, 'figures.json'), '{"schemaVersion":1,"decisions":[{"id":')
    const again = await seeds(first.dataDir)
    const notices = again.backend.allNotices().filter((n) => n.document === 'figures')
    expect(notices).toEqual([expect.objectContaining({ kind: 'restored' })])
    expect((await readdir(first.dataDir)).some((f) => f.startsWith('figures.json.corrupt-'))).toBe(true)
    expect(claimWith(valueOf<FiguresView>(await again.handlers.getFigures([{}])), '14.3 مليار دولار').status).toBe('confirmed')
  })
})

describe('a decision survives re-extraction', () => {
  const fig = (articleId: string, start: number, value: number, text: string, entityIds: string[]): Figure => ({
    articleId,
    start,
    end: start + text.length,
    text,
    kind: 'money',
    value,
    unit: 'USD',
    topic: 'investment',
    entityIds,
    sentence: { start: 0, end: start + text.length + 10 },
  })
  const before = [fig('a', 10, 14.3e9, '14.3 مليار دولار', ['meta', 'scale']), fig('b', 40, 14.3e9, '$14.3 billion', ['scale'])]

  it('finds its claim by its figures when the key changed (a new source brought a new entity in), and its figure when offsets moved', () => {
    const [claim] = groupClaims(before)
    const confirm: FigureDecision = { id: 'd1', kind: 'confirm', claimKey: claim?.key ?? '', sources: [{ articleId: 'a', start: 10, end: 26, quote: '14.3 مليار دولار' }, { articleId: 'b', start: 40, end: 53, quote: '$14.3 billion' }], decidedAt: '' }
    // Article b was re-imported with a paragraph added before the figure, and article c names Wang.
    const after = [before[0] as Figure, { ...(before[1] as Figure), start: 140, end: 153 }, fig('c', 5, 14.3e9, '14.3 مليار دولار', ['scale', 'wang'])]
    const [reread] = groupClaims(after, [confirm])
    expect(reread?.key).not.toBe(claim?.key)
    expect(reread).toMatchObject({ status: 'confirmed', sourceCount: 3, decisionId: 'd1' })
    const split: FigureDecision = { id: 'd2', kind: 'split', claimKey: claim?.key ?? '', sources: [{ articleId: 'b', start: 40, end: 53, quote: '$14.3 billion' }], decidedAt: '' }
    const claims = groupClaims(after, [split])
    expect(claims.map((c) => [c.sourceCount, c.split])).toEqual([
      [2, false],
      [1, true],
    ])
    expect(claims[1]?.values[0]?.sources[0]).toMatchObject({ articleId: 'b', start: 140 })
  })

  it('a decision whose figures are gone applies to nothing and breaks nothing', () => {
    const gone: FigureDecision = { id: 'd3', kind: 'dismiss', claimKey: 'money|USD|investment|x', sources: [{ articleId: 'z', start: 0, end: 4, quote: '$1bn' }], decidedAt: '' }
    expect(groupClaims(before, [gone]).map((c) => c.status)).toEqual(['open'])
  })
})

describe('what "the same thing" is', () => {
  const at = (articleId: string, value: number, entityIds: string[], topic = 'pay'): Figure => ({
    articleId,
    start: 0,
    end: 5,
    text: String(value),
    kind: 'money',
    value,
    unit: 'USD',
    topic,
    entityIds,
    sentence: { start: 0, end: 10 },
  })
  const values = (claims: ReturnType<typeof groupClaims>): number[][] => claims.map((c) => c.values.map((v) => v.value).sort((a, b) => a - b)).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))

  it('does not chain a library’s amounts through the entities every story names', () => {
    const hub = ['meta', 'openai']
    // 100 million (three sources), then 300 and 900 million, 5 and 20 billion, all naming Meta and OpenAI.
    const figures = [at('a', 1e8, hub), at('b', 1e8, hub), at('c', 1e8, hub), at('d', 3e8, hub), at('e', 9e8, hub), at('f', 5e9, hub), at('g', 2e10, hub)]
    // Each value is compared with the first reading of its claim, not with the last one that joined.
    expect(values(groupClaims(figures))).toEqual([
      [1e8, 3e8, 9e8],
      [5e9, 2e10],
    ])
  })

  it('needs two shared entities for a disagreement, one for an agreement, and the same topic and unit for either', () => {
    const figures = [at('a', 14.3e9, ['meta', 'scale'], 'investment'), at('b', 14.3e9, ['scale'], 'investment'), at('c', 50e9, ['meta', 'llama'], 'investment'), at('d', 14.3e9, ['meta', 'scale'], 'contract')]
    const claims = groupClaims(figures)
    expect(claims.map((c) => [c.topic, c.values.map((v) => v.value), c.sourceCount])).toEqual(
      expect.arrayContaining([
        ['investment', [14.3e9], 2],
        ['investment', [50e9], 1],
        ['contract', [14.3e9], 1],
      ]),
    )
    expect(claims).toHaveLength(3)
  })

  it('leaves out a figure about no entity', () => {
    expect(groupClaims([at('a', 1e6, [])])).toEqual([])
  })
})
