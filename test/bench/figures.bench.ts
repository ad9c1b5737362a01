import { join } from 'node:path'
import { buildArticle } from '../../src/core/corpus/parse-article'
import { canonicalText, decodeBytes } from '../../src/core/corpus/decode'
import type { Article } from '../../src/core/corpus/types'
import { chromeRanges } from '../../src/core/entities/article-mentions'
import { MentionIndex } from '../../src/core/entities/mention-index'
import { groupClaims } from '../../src/core/story/figures/claims'
import { figuresIn, type EntitySpan } from '../../src/core/story/figures/extract'
import type { Figure } from '../../src/core/story/figures/types'
import { normalizeForMatching } from '../../src/core/text/normalize'
import { loadStarterRegistry } from '../fixtures/seed-mentions'
import { seed } from '../support/seeds'
import { generateArticleText, readSeedPools } from './generate-corpus'
import type { Section } from './section'
import { median, p95 } from './stats'

/**
 * The figures across sources (issue 12): extraction per article (money, counts, percentages, each
 * tied to its sentence's entities and topic) on the seeds and on 10,000 generated articles, beside
 * normalising the same article — the one pass over the text extraction cannot do without — and
 * grouping every figure of the 10,000 into claims, beside grouping them by exact key alone.
 * Mentions are found before timing: the app has them cached per article (the entities service).
 */
const ARTICLES = 10_000
const SEED_REPEATS = 200

interface Prepared {
  article: Article
  mentions: EntitySpan[]
}

function prepare(articles: readonly Article[], index: MentionIndex, money: ReadonlySet<string>): Prepared[] {
  return articles.map((article) => ({
    article,
    mentions: index.find(article.text, { skip: chromeRanges(article) }).filter((m) => !money.has(m.entityId)),
  }))
}

/** Per-article times of `fn` over the set, and of the reference (normalising the text), interleaved so load hits both alike. */
function perArticle(set: readonly Prepared[], repeats: number): { ours: number[]; floor: number[]; figures: Figure[] } {
  const ours: number[] = []
  const floor: number[] = []
  let figures: Figure[] = []
  for (let r = 0; r < repeats; r++) {
    const round: Figure[] = []
    for (const p of set) {
      let t = performance.now()
      round.push(...figuresIn(p.article, p.mentions))
      ours.push(performance.now() - t)
      t = performance.now()
      normalizeForMatching(p.article.text)
      floor.push(performance.now() - t)
    }
    figures = round
  }
  return { ours, floor, figures }
}

export const figures: Section = {
  name: 'figures',
  run: async (ctx) => {
    const registry = loadStarterRegistry()
    const money = new Set(registry.filter((e) => e.type === 'money').map((e) => e.id))
    const index = new MentionIndex(registry)
    const seeds = prepare(['000', '001', '002', '003', '004'].map(seed), index, money)
    ctx.log(`figures: generating ${ARTICLES.toLocaleString('en')} articles`)
    const pools = readSeedPools(join(ctx.root, 'seeds'))
    const generated = prepare(
      Array.from({ length: ARTICLES }, (_, i) => {
        const file = generateArticleText(pools, i)
        const decoded = decodeBytes(new Uint8Array(file.bytes))
        if (!decoded.ok) throw new Error(`${file.name}: ${decoded.message}`)
        return buildArticle(file.name, file.name, canonicalText(decoded.text), decoded.encoding, () => '')
      }),
      index,
      money,
    )
    perArticle(generated.slice(0, 300), 1) // warm-up: neither path pays for JIT compilation in its figure

    const onSeeds = perArticle(seeds, SEED_REPEATS)
    const onLibrary = perArticle(generated, 1)
    const all = onLibrary.figures
    ctx.log(`figures: ${all.length.toLocaleString('en')} figures in ${ARTICLES.toLocaleString('en')} articles`)

    const groupTimes: number[] = []
    const exactTimes: number[] = []
    let claims = 0
    for (let r = 0; r < 5; r++) {
      let t = performance.now()
      claims = groupClaims(all).length
      groupTimes.push(performance.now() - t)
      t = performance.now()
      const exact = new Map<string, Figure[]>()
      for (const f of all) {
        const key = `${f.kind}|${f.unit}|${f.topic}|${f.value}|${f.entityIds.join(',')}`
        const list = exact.get(key)
        if (list) list.push(f)
        else exact.set(key, [f])
      }
      exactTimes.push(performance.now() - t)
    }
    return [
      {
        name: `figures of one seed article (5 seeds × ${SEED_REPEATS}), p95`,
        value: p95(onSeeds.ours),
        unit: 'ms',
        reference: { label: 'normalise the same article, p95', value: p95(onSeeds.floor) },
        goal: { max: 5, source: 'issue 12: figure extraction' },
      },
      {
        name: `figures of one generated article (${ARTICLES.toLocaleString('en')}), p95`,
        value: p95(onLibrary.ours),
        unit: 'ms',
        reference: { label: 'normalise the same article, p95', value: p95(onLibrary.floor) },
        goal: { max: 5, source: 'issue 12: figure extraction' },
        note: `${all.length.toLocaleString('en')} figures; median ${median(onLibrary.ours).toFixed(2)} ms per article`,
      },
      {
        name: `group ${all.length.toLocaleString('en')} figures of ${ARTICLES.toLocaleString('en')} articles into claims, median of 5`,
        value: median(groupTimes),
        unit: 'ms',
        reference: { label: 'bucket by exact key alone (no linking, no bands)', value: median(exactTimes) },
        note: `${claims.toLocaleString('en')} claims`,
      },
    ]
  },
}
