/** Figures found in articles, and the claims they make across sources (Daftar issue 12, "figures"). */

export const figureKinds = ['money', 'count', 'percent'] as const
export type FigureKind = (typeof figureKinds)[number]

/** One figure in one article: "14.3 مليار دولار", "2000 موظف", "15 في المئة". Offsets are raw text offsets. */
export interface Figure {
  articleId: string
  start: number
  end: number
  /** The figure as written (article text at [start, end)). */
  text: string
  kind: FigureKind
  value: number
  /** What is counted: a currency code (USD), a counted noun's singular key ("موظف", "user"), or "%". */
  unit: string
  /** The cue word's topic nearest the figure in its sentence ("investment", "pay", …), '' when none. */
  topic: string
  /** Registry entities (money entities left out) in the figure's sentence, else its paragraph; sorted, each once. */
  entityIds: string[]
  /** The sentence the figure stands in (raw offsets). */
  sentence: { start: number; end: number }
}

/** Where one value of a claim is said: an article and the first place it says it there. */
export interface ClaimSource {
  articleId: string
  start: number
  end: number
  text: string
  sentence: { start: number; end: number }
  /** How many times this article gives this value for this thing. */
  times: number
}

/** One value of a claim and the articles that give it. */
export interface ClaimValue {
  value: number
  /** The first wording of it (as the first source writes it). */
  text: string
  sources: ClaimSource[]
}

export type ClaimAgreement = 'single' | 'agree' | 'disagree'
export type ClaimStatus = 'open' | 'confirmed' | 'dismissed'

/**
 * A claim: the figures about one thing (same kind and unit, same topic, shared entities), each
 * distinct value with its sources. Two or more values are a disagreement, shown side by side.
 */
export interface FigureClaim {
  /** Stable while the library and registry hold the same figures: kind|unit|topic|entities (and the split source). */
  key: string
  kind: FigureKind
  unit: string
  topic: string
  /** The entities its figures' sentences name, the most frequent first. */
  entityIds: string[]
  /** Most sources first, then the larger value. */
  values: ClaimValue[]
  agreement: ClaimAgreement
  status: ClaimStatus
  /** A source the user split off into a claim of its own. */
  split: boolean
  /** Distinct articles across all values. */
  sourceCount: number
  /** The user's decision that made it what it is (its status, or its split), to undo it. */
  decisionId?: string
}

/** Where a decision points: an article's figure by its offsets and wording (the wording re-finds it when offsets move). */
export interface FigureRef {
  articleId: string
  start: number
  end: number
  quote: string
}

export const figureDecisionKinds = ['confirm', 'split', 'dismiss'] as const
export type FigureDecisionKind = (typeof figureDecisionKinds)[number]

/**
 * A user's decision about a claim. `sources` are the claim's figures when it was decided (confirm,
 * dismiss) or the one figure split off (split): they find the claim again after re-extraction.
 */
export interface FigureDecision {
  id: string
  kind: FigureDecisionKind
  claimKey: string
  sources: FigureRef[]
  decidedAt: string
}
