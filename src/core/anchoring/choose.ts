/** A place a quote might be, with how well it fits. */
export interface Candidate {
  start: number
  end: number
  /** 0–1: agreement of quote and context. */
  score: number
  /** Characters between this place and the stored position. */
  distance: number
}

export type Choice = { found: true; candidate: Candidate } | { found: false; reason: 'ambiguous' }

/** Candidates within this score of the best are "as good": context alone cannot tell them apart. */
export const TIE_MARGIN = 0.05

/**
 * Picks the best candidate, or refuses to guess. When several fit about equally well (a repeated
 * paragraph, a name quoted twice with the same words around it), the stored position decides, but
 * only if one candidate is clearly nearer: at most half the distance of the next, with 32
 * characters of slack. Otherwise the highlight is an orphan: a wrong place is worse than none.
 */
export function choose(candidates: readonly Candidate[]): Choice | null {
  if (candidates.length === 0) return null
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a))
  const contenders = candidates.filter((c) => c.score >= best.score - TIE_MARGIN).sort((a, b) => a.distance - b.distance)
  const [nearest, next] = contenders
  if (!next) return { found: true, candidate: best }
  if (nearest && nearest.distance * 2 + 32 <= next.distance) return { found: true, candidate: nearest }
  return { found: false, reason: 'ambiguous' }
}
