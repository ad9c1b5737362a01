import { findRef, refOf } from './figure-ref'
import { sameThings, valueKey } from './same-thing'
import type { ClaimSource, ClaimValue, Figure, FigureClaim, FigureDecision } from './types'

/**
 * The claims a set of figures makes, the user's decisions applied. "The same thing", as Daftar
 * decides it: figures of the same kind and unit (the currency, the counted noun, %), cued by the
 * same topic (investment, pay, contract… or none), about the same entities — the same value
 * sharing one entity, different values sharing two core entities and within ten times of each
 * other (same-thing.ts). A figure whose sentence and paragraph name no entity is about nothing we
 * can tell, and is left out. Equal values are one value with its sources; two or more values in
 * one claim are a disagreement.
 */
export function groupClaims(figures: readonly Figure[], decisions: readonly FigureDecision[] = []): FigureClaim[] {
  const about = figures.filter((f) => f.entityIds.length > 0)
  const byArticle = figuresByArticle(about)
  // A split takes the source out: the figure decided on and the article's other mentions of that value.
  const split = new Set<Figure>()
  const splitGroups: { figures: Figure[]; decisionId: string }[] = []
  for (const d of decisions) {
    const ref = d.kind === 'split' ? d.sources[0] : undefined
    const f = ref ? findRef(ref, byArticle.get(ref.articleId) ?? []) : undefined
    if (!f || split.has(f)) continue
    const same = (byArticle.get(f.articleId) ?? []).filter((g) => !split.has(g) && bucketKey(g) === bucketKey(f) && valueKey(g.value) === valueKey(f.value))
    same.forEach((g) => split.add(g))
    splitGroups.push({ figures: same, decisionId: d.id })
  }
  const buckets = new Map<string, Figure[]>()
  for (const f of about) {
    if (split.has(f)) continue
    const k = bucketKey(f)
    const list = buckets.get(k)
    if (list) list.push(f)
    else buckets.set(k, [f])
  }
  const claims: FigureClaim[] = []
  const taken = new Set<string>()
  for (const bucket of buckets.values()) for (const thing of sameThings(bucket)) claims.push(claimOf(thing, taken, false))
  for (const group of splitGroups) claims.push({ ...claimOf(group.figures, taken, true), decisionId: group.decisionId })
  applyStatus(claims, decisions, about)
  return claims.sort(byInterest)
}

const bucketKey = (f: Pick<Figure, 'kind' | 'unit' | 'topic'>): string => `${f.kind}|${f.unit}|${f.topic}`

function claimOf(band: readonly Figure[], taken: Set<string>, split: boolean): FigureClaim {
  const first = band[0] as Figure
  const entityIds = byFrequency(band.flatMap((f) => f.entityIds))
  let key = `${bucketKey(first)}|${[...entityIds].sort().join(',')}${split ? `|split:${first.articleId}:${first.start}` : ''}`
  const base = key
  for (let n = 2; taken.has(key); n++) key = `${base}#${n}`
  taken.add(key)
  const byValue = new Map<number, Figure[]>()
  for (const f of [...band].sort(inReadingOrder)) {
    const k = valueKey(f.value)
    const list = byValue.get(k)
    if (list) list.push(f)
    else byValue.set(k, [f])
  }
  const values: ClaimValue[] = [...byValue.entries()].map(([value, figures]) => ({ value, text: (figures[0] as Figure).text, sources: sourcesOf(figures) }))
  values.sort((a, b) => b.sources.length - a.sources.length || b.value - a.value)
  const sourceCount = new Set(band.map((f) => f.articleId)).size
  const agreement = values.length > 1 ? 'disagree' : sourceCount > 1 ? 'agree' : 'single'
  return { key, kind: first.kind, unit: first.unit, topic: first.topic, entityIds, values, agreement, status: 'open', split, sourceCount }
}

/** Each id once, the most frequent first (ties by id): what a claim is most about leads. */
function byFrequency(ids: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || byCode(a[0], b[0])).map(([id]) => id)
}

// Plain code-unit order (localeCompare is ten times slower, and ids need no collation).
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const inReadingOrder = (a: Figure, b: Figure): number => byCode(a.articleId, b.articleId) || a.start - b.start

/** One source per article: where it first says the value, and how many times it does. */
function sourcesOf(figures: readonly Figure[]): ClaimSource[] {
  const byArticle = new Map<string, ClaimSource>()
  for (const f of figures) {
    const known = byArticle.get(f.articleId)
    if (known) known.times++
    else byArticle.set(f.articleId, { articleId: f.articleId, start: f.start, end: f.end, text: f.text, sentence: f.sentence, times: 1 })
  }
  return [...byArticle.values()]
}

/**
 * Confirmations and dismissals, latest last: a decision applies to the claim with its key, or —
 * when re-extraction changed the key (a new article brought a new entity in) — to the claim of the
 * same kind, unit and topic that holds most of the figures it was made on.
 */
function applyStatus(claims: FigureClaim[], decisions: readonly FigureDecision[], figures: readonly Figure[]): void {
  if (!decisions.some((d) => d.kind !== 'split')) return
  const byArticle = figuresByArticle(figures)
  const bySource = new Map<string, FigureClaim>()
  for (const c of claims) for (const v of c.values) for (const s of v.sources) bySource.set(`${s.articleId}:${s.start}`, c)
  const claimOfFigure = (f: Figure): FigureClaim | undefined =>
    bySource.get(`${f.articleId}:${f.start}`) ??
    // A later mention of a value in that article: its claim is the claim of the article's first mention.
    claims.find((c) => bucketKey(c) === bucketKey(f) && c.values.some((v) => v.value === valueKey(f.value) && v.sources.some((s) => s.articleId === f.articleId)))
  for (const d of decisions) {
    if (d.kind === 'split') continue
    const target = claims.find((c) => c.key === d.claimKey) ?? mostShared(d, byArticle, claimOfFigure)
    if (!target) continue
    target.status = d.kind === 'confirm' ? 'confirmed' : 'dismissed'
    target.decisionId = d.id
  }
}

const figuresByArticle = (figures: readonly Figure[]): Map<string, Figure[]> => {
  const out = new Map<string, Figure[]>()
  for (const f of figures) {
    const list = out.get(f.articleId)
    if (list) list.push(f)
    else out.set(f.articleId, [f])
  }
  return out
}

function mostShared(d: FigureDecision, byArticle: ReadonlyMap<string, Figure[]>, claimOfFigure: (f: Figure) => FigureClaim | undefined): FigureClaim | undefined {
  const votes = new Map<FigureClaim, number>()
  for (const ref of d.sources) {
    const f = findRef(ref, byArticle.get(ref.articleId) ?? [])
    const c = f ? claimOfFigure(f) : undefined
    if (c) votes.set(c, (votes.get(c) ?? 0) + 1)
  }
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
}

/** Disagreements first, then the claims most sources make. */
const byInterest = (a: FigureClaim, b: FigureClaim): number =>
  Number(b.agreement === 'disagree') - Number(a.agreement === 'disagree') || b.sourceCount - a.sourceCount || a.key.localeCompare(b.key)

/** The figures a claim was made of, as decisions point at them (its first mention in each source). */
export const refsOf = (claim: FigureClaim): ReturnType<typeof refOf>[] =>
  claim.values.flatMap((v) => v.sources.map((s) => refOf({ articleId: s.articleId, start: s.start, end: s.end, text: s.text })))
