import { join } from 'node:path'
import { chromeRanges } from '../../src/core/entities/article-mentions'
import { MentionIndex } from '../../src/core/entities/mention-index'
import { nameKey } from '../../src/core/entities/name-form'
import type { Entity, Mention } from '../../src/core/entities/types'
import { buildArticle } from '../../src/core/corpus/parse-article'
import { canonicalText, decodeBytes } from '../../src/core/corpus/decode'
import { normalizeForMatching, toRawRange } from '../../src/core/text/normalize'
import { normOffset } from '../../src/core/text/offsets'
import { loadGold, loadStarterRegistry, score, total, type Score } from '../fixtures/seed-mentions'
import { seed } from '../support/seeds'
import { generateArticleText, readSeedPools } from './generate-corpus'
import { seededRng, type Rng } from './prng'
import type { Row, Section } from './section'
import { p50, p95 } from './stats'

/**
 * Mention finding (issue: entities): 500 entities (the starter registry plus generated people,
 * organisations and products with Arabic and Latin names and aliases) over 10,000 generated
 * articles, and recall/precision on the seeds against the hand-checked gold list.
 */
const ENTITIES = 500
const ARTICLES = 10_000
const NAIVE_SAMPLE = 300

export const mentions: Section = {
  name: 'mentions',
  run: async (ctx) => {
    const registry = [...loadStarterRegistry(), ...generateEntities(ENTITIES - loadStarterRegistry().length)]
    ctx.log(`mentions: ${registry.length} entities, generating ${ARTICLES.toLocaleString('en')} articles`)
    const pools = readSeedPools(join(ctx.root, 'seeds'))
    const articles = Array.from({ length: ARTICLES }, (_, i) => {
      const file = generateArticleText(pools, i)
      const decoded = decodeBytes(new Uint8Array(file.bytes))
      if (!decoded.ok) throw new Error(`${file.name}: ${decoded.message}`)
      const article = buildArticle(file.name, file.name, canonicalText(decoded.text), decoded.encoding, () => '')
      return { text: article.text, skip: chromeRanges(article) }
    })
    const meanChars = articles.reduce((n, a) => n + a.text.length, 0) / articles.length
    const meanKB = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0) / articles.length / 1024

    // Warm both paths once so neither pays for JIT compilation in its figure.
    const warm = new MentionIndex(registry)
    for (const a of articles.slice(0, 200)) {
      warm.find(a.text, { skip: a.skip })
      normalizeForMatching(a.text)
    }

    const started = performance.now()
    const index = new MentionIndex(registry)
    const buildMs = performance.now() - started
    const perArticle: number[] = []
    let found = 0
    for (const a of articles) {
      const t = performance.now()
      found += index.find(a.text, { skip: a.skip }).length
      perArticle.push(performance.now() - t)
    }
    const totalMs = performance.now() - started

    const normPerArticle: number[] = []
    const normStarted = performance.now()
    for (const a of articles) {
      const t = performance.now()
      normalizeForMatching(a.text)
      normPerArticle.push(performance.now() - t)
    }
    const normTotal = performance.now() - normStarted

    const names = registry.flatMap((e) => (e.type === 'money' ? [] : [e.nameAr, e.nameLatin, ...e.aliases])).filter((n) => n.length > 0)
    const keys = [...new Set(names.map(nameKey))].filter((k) => k.length > 0)
    const naivePerArticle = articles.slice(0, NAIVE_SAMPLE).map((a) => {
      const t = performance.now()
      naiveFind(a.text, keys)
      return performance.now() - t
    })

    const quality = seedQuality(new MentionIndex(loadStarterRegistry()), (text) => naiveMentions(text, loadStarterRegistry()))
    ctx.log(`mentions: ${found.toLocaleString('en')} mentions found, ${keys.length} distinct names`)
    const shape = `${registry.length} entities / ${keys.length} names`
    return [
      {
        name: `find mentions in ${ARTICLES.toLocaleString('en')} articles, ${shape} (index build ${buildMs.toFixed(0)} ms included)`,
        value: totalMs,
        unit: 'ms',
        reference: { label: 'normalizeForMatching of the same texts alone', value: normTotal },
        goal: { max: 5000, source: 'issue: entities' },
      },
      {
        name: `  … per article, p50 (mean article ${meanKB.toFixed(1)} KB, ${Math.round(meanChars).toLocaleString('en')} chars)`,
        value: p50(perArticle),
        unit: 'ms',
        reference: { label: `naive indexOf of all ${keys.length} names, p50 of ${NAIVE_SAMPLE}`, value: p50(naivePerArticle) },
        goal: { max: 5, source: 'issue: entities' },
      },
      {
        name: '  … per article, p95',
        value: p95(perArticle),
        unit: 'ms',
        reference: { label: 'normalizeForMatching alone, p95', value: p95(normPerArticle) },
        goal: { max: 5, source: 'issue: entities' },
      },
      {
        name: `seeds vs gold: missed per 1,000 gold mentions (${quality.ours.gold} gold; recall = 1 − value/1000 = ${quality.ours.recall.toFixed(3)})`,
        value: (1 - quality.ours.recall) * 1000,
        unit: 'count',
        reference: { label: `naive substring scan (recall ${quality.naive.recall.toFixed(3)})`, value: (1 - quality.naive.recall) * 1000 },
        goal: { max: 30, source: 'issue: entities (recall ≥ 0.97)' },
      },
      {
        name: `seeds vs gold: wrong per 1,000 found (${quality.ours.found} found; precision = 1 − value/1000 = ${quality.ours.precision.toFixed(3)})`,
        value: (1 - quality.ours.precision) * 1000,
        unit: 'count',
        reference: {
          label: `naive substring scan (precision ${quality.naive.precision.toFixed(3)})`,
          value: (1 - quality.naive.precision) * 1000,
        },
        goal: { max: 30, source: 'issue: entities (precision ≥ 0.97)' },
      },
    ] satisfies Row[]
  },
}

/** Recall and precision on the five seeds for our finder and for a naive substring scan. */
function seedQuality(index: MentionIndex, naive: (text: string) => Mention[]): { ours: Score; naive: Score } {
  const ours: Score[] = []
  const base: Score[] = []
  for (const g of loadGold()) {
    const a = seed(g.id.slice(0, 3))
    const skip = chromeRanges(a)
    ours.push(score(g.mentions, index.find(a.text, { skip })))
    base.push(
      score(
        g.mentions,
        naive(a.text).filter((m) => !skip.some((r) => m.start < r.end && r.start < m.end)),
      ),
    )
  }
  return { ours: total(ours), naive: total(base) }
}

/** Every occurrence of every name key in the normalised text: no boundaries, no clitic rules. */
function naiveFind(text: string, keys: readonly string[]): number {
  const norm = normalizeForMatching(text).text
  let hits = 0
  for (const key of keys) for (let at = norm.indexOf(key); at >= 0; at = norm.indexOf(key, at + 1)) hits++
  return hits
}

/** The naive scan as mentions: leftmost-longest substring hits of any name, mapped to raw offsets. */
function naiveMentions(text: string, entities: readonly Entity[]): Mention[] {
  const norm = normalizeForMatching(text)
  const hits: { start: number; end: number; entityId: string }[] = []
  for (const e of entities) {
    if (e.type === 'money') continue
    for (const name of [e.nameAr, e.nameLatin, ...e.aliases].filter((n) => n.length > 0)) {
      const key = nameKey(name)
      for (let at = norm.text.indexOf(key); at >= 0; at = norm.text.indexOf(key, at + 1))
        hits.push({ start: at, end: at + key.length, entityId: e.id })
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Mention[] = []
  let end = -1
  for (const h of hits) {
    if (h.start < end) continue
    end = h.end
    const raw = toRawRange(norm, normOffset(h.start), normOffset(h.end))
    out.push({ start: raw.start, end: raw.end, entityId: h.entityId })
  }
  return out
}

const AR_GIVEN = [
  'جون',
  'ديفيد',
  'مايكل',
  'سارة',
  'إيميلي',
  'دانيال',
  'كريس',
  'لوكاس',
  'صوفيا',
  'هانا',
  'أوليفر',
  'ليو',
  'نورا',
  'كيم',
  'راج',
  'بريا',
  'هيروشي',
  'يوكي',
  'كارلوس',
  'ماريا',
]
const LAT_GIVEN = [
  'John',
  'David',
  'Michael',
  'Sarah',
  'Emily',
  'Daniel',
  'Chris',
  'Lucas',
  'Sofia',
  'Hannah',
  'Oliver',
  'Leo',
  'Nora',
  'Kim',
  'Raj',
  'Priya',
  'Hiroshi',
  'Yuki',
  'Carlos',
  'Maria',
]
// Syllables in both scripts, paired, so a generated surname has a matching transliteration.
const SYLLABLES: readonly (readonly [string, string])[] = [
  ['بر', 'ber'],
  ['كو', 'ko'],
  ['فيت', 'vit'],
  ['مان', 'man'],
  ['سون', 'son'],
  ['لي', 'li'],
  ['ني', 'ni'],
  ['تش', 'ch'],
  ['غر', 'gr'],
  ['دا', 'da'],
  ['رو', 'ro'],
  ['ستا', 'sta'],
  ['فل', 'fl'],
  ['هار', 'har'],
  ['وين', 'wen'],
  ['زي', 'zi'],
  ['تو', 'to'],
  ['ما', 'ma'],
  ['كر', 'kr'],
  ['نت', 'nt'],
]
const ORG_ENDINGS = [
  ['لابز', 'Labs'],
  ['إيه آي', 'AI'],
  ['سيستمز', 'Systems'],
  ['', ''],
] as const

function word(rng: Rng, syllables: number): [string, string] {
  let ar = ''
  let lat = ''
  for (let i = 0; i < syllables; i++) {
    const [a, l] = rng.pick(SYLLABLES)
    ar += a
    lat += l
  }
  return [ar, lat.charAt(0).toUpperCase() + lat.slice(1)]
}

/** Plausible entities: people (given name + generated surname, surname aliases), organisations and products. */
function generateEntities(count: number): Entity[] {
  const rng = seededRng(0x3e471)
  const now = '2025-07-01T00:00:00.000Z'
  const taken = new Set(
    loadStarterRegistry().flatMap((e) => [e.nameAr, e.nameLatin, ...e.aliases].filter((n) => n.length > 0).map(nameKey)),
  )
  const out: Entity[] = []
  while (out.length < count) {
    const kind = rng.next()
    const [surAr, surLat] = word(rng, rng.int(2, 4))
    let entity: Entity
    if (kind < 0.6) {
      const g = rng.int(0, AR_GIVEN.length - 1)
      entity = {
        id: `gen-person-${out.length}`,
        type: 'person',
        nameAr: `${AR_GIVEN[g]} ${surAr}`,
        nameLatin: `${LAT_GIVEN[g]} ${surLat}`,
        aliases: [surAr, surLat, surAr.replace(/غ/g, 'ج')],
        description: '',
        createdAt: now,
        updatedAt: now,
      }
    } else if (kind < 0.85) {
      const [endAr, endLat] = rng.pick(ORG_ENDINGS)
      entity = {
        id: `gen-org-${out.length}`,
        type: 'org',
        nameAr: `${surAr} ${endAr}`.trim(),
        nameLatin: `${surLat} ${endLat}`.trim(),
        aliases: rng.chance(0.5) ? [`شركة ${surAr}`] : [],
        description: '',
        createdAt: now,
        updatedAt: now,
      }
    } else {
      const version = rng.int(1, 9)
      entity = {
        id: `gen-product-${out.length}`,
        type: 'product',
        nameAr: `${surAr} ${version}`,
        nameLatin: `${surLat} ${version}`,
        aliases: [surLat],
        description: '',
        createdAt: now,
        updatedAt: now,
      }
    }
    const names = [...new Set([entity.nameAr, entity.nameLatin, ...entity.aliases].map(nameKey))]
    if (names.some((n) => taken.has(n))) continue
    for (const n of names) taken.add(n)
    out.push(entity)
  }
  return out
}
