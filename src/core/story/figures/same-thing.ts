import type { Figure } from './types'

/** Values equal to 12 significant digits are one value: 14.3e9 written "14.3 مليار" or "14,300,000,000". */
export const valueKey = (v: number): number => Number(v.toPrecision(12))

/** Two readings of one thing are at most this many times apart: 99 million is not a disputed 14.3 billion. */
const MAX_RATIO = 10
/** The entities a group of figures is about: those named beside at least this share of its figures. */
const CORE_SHARE = 0.5
const CORE_MAX = 6

/**
 * The figures of one bucket (same kind, unit and topic) in groups about one thing.
 *
 * 1. Agreement: figures giving the same value and sharing an entity are one reading (transitively:
 *    the same 14.3 billion in three articles naming Meta + Scale AI, Scale AI alone, Meta + Wang).
 * 2. Disagreement: a reading joins a larger one (readings taken largest first) when their core
 *    entities share two (or are the same single one) and the values are within ten times. It is
 *    compared with the first reading of the group only, never with what joined it since: a library
 *    where every story names Meta and OpenAI must not chain all their amounts into one "claim".
 */
export function sameThings(bucket: readonly Figure[]): Figure[][] {
  const readings: Figure[][] = []
  const byValue = new Map<number, Figure[]>()
  for (const f of bucket) {
    const k = valueKey(f.value)
    const list = byValue.get(k)
    if (list) list.push(f)
    else byValue.set(k, [f])
  }
  for (const same of byValue.values()) readings.push(...sharingAnEntity(same))
  readings.sort((a, b) => b.length - a.length || (a[0] as Figure).value - (b[0] as Figure).value)

  const things: { value: number; figures: Figure[] }[] = []
  const byPair = new Map<string, number[]>()
  for (const reading of readings) {
    const value = (reading[0] as Figure).value
    const pairs = pairsOf(coreOf(reading))
    // The earliest (largest) thing sharing a pair whose first value is within range.
    let joined = -1
    for (const p of pairs) for (const i of byPair.get(p) ?? []) if ((joined < 0 || i < joined) && withinRatio((things[i] as { value: number }).value, value)) joined = i
    if (joined >= 0) {
      const figures = (things[joined] as { figures: Figure[] }).figures
      for (const f of reading) figures.push(f)
      continue
    }
    things.push({ value, figures: [...reading] })
    for (const p of pairs) {
      const list = byPair.get(p)
      if (list) list.push(things.length - 1)
      else byPair.set(p, [things.length - 1])
    }
  }
  return things.map((t) => t.figures)
}

const withinRatio = (a: number, b: number): boolean => Math.max(a, b) <= Math.min(a, b) * MAX_RATIO

/** The entities named beside at least half the figures of a reading (the most frequent first, a few at most). */
function coreOf(reading: readonly Figure[]): string[] {
  const counts = new Map<string, number>()
  for (const f of reading) for (const id of f.entityIds) counts.set(id, (counts.get(id) ?? 0) + 1)
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const core = sorted.filter(([, n]) => n >= reading.length * CORE_SHARE).map(([id]) => id)
  return (core.length > 0 ? core : sorted.slice(0, 1).map(([id]) => id)).slice(0, CORE_MAX).sort()
}

/** The keys two cores must share one of: each pair of core entities, or the one entity of a single-entity core. */
function pairsOf(core: readonly string[]): string[] {
  if (core.length === 1) return [`${core[0]}`]
  const pairs: string[] = []
  for (let a = 0; a < core.length; a++) for (let b = a + 1; b < core.length; b++) pairs.push(`${core[a]} ${core[b]}`)
  return pairs
}

/** Figures of one value in groups that share an entity (union-find over the entity ids). */
function sharingAnEntity(group: readonly Figure[]): Figure[][] {
  const parent = group.map((_, i) => i)
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number
    return i
  }
  const firstWith = new Map<string, number>()
  group.forEach((f, i) => {
    for (const id of f.entityIds) {
      const j = firstWith.get(id)
      if (j === undefined) firstWith.set(id, i)
      else parent[root(i)] = root(j)
    }
  })
  const out = new Map<number, Figure[]>()
  group.forEach((f, i) => {
    const r = root(i)
    const list = out.get(r)
    if (list) list.push(f)
    else out.set(r, [f])
  })
  return [...out.values()]
}
