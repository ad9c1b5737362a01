import { normalizeKey } from '../../src/core/text/normalize'
import type { GoldArticle } from './gold/types'

/** A [start, end) span of UTF-16 offsets in the parsed article text. */
export interface Span {
  start: number
  end: number
}

export interface FoundSuggestion {
  name: string
  occurrences: readonly Span[]
}

/** What a finder (the engine, or the baseline) reports for one article. */
export interface Found {
  known: readonly Span[]
  suggestions: readonly FoundSuggestion[]
}

export interface ArticleScore {
  entities: number
  coveredEntities: number
  /** Share of gold entities with a known mention or a suggestion occurrence exactly on one of their gold mention spans. */
  coverage: number
  suggestions: number
  correctSuggestions: number
  /** Share of suggestions whose name is one of the article's gold forms (normalised); null when nothing was suggested. */
  precision: number | null
  mentions: number
  coveredMentions: number
  /** Share of gold mentions whose exact span is a known mention or an occurrence of a correct suggestion. */
  recall: number
  /** Gold entities with nothing on any of their mentions. */
  missed: string[]
  /** Suggested names that are no form of any gold entity (not a name, or the wrong boundaries). */
  wrong: string[]
}

/**
 * How suggestion names are compared with gold forms: the Arabic matching normalisation of src/core/text
 * (hamza forms, alef maqsura, ta marbuta, tashkeel, case), with punctuation and quotes read as spaces.
 */
export function nameKey(name: string): string {
  return normalizeKey(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

const spanKey = (s: Span): string => `${s.start}-${s.end}`

export function scoreArticle(gold: GoldArticle, found: Found): ArticleScore {
  const forms = new Set(gold.entities.flatMap((e) => e.forms.map(nameKey)))
  const correct = found.suggestions.filter((s) => forms.has(nameKey(s.name)))
  const wrong = found.suggestions.filter((s) => !forms.has(nameKey(s.name))).map((s) => s.name)

  // Coverage counts any suggestion (the entity was noticed); recall only correct ones (they are what gets accepted).
  const noticed = new Set([...found.known, ...found.suggestions.flatMap((s) => s.occurrences)].map(spanKey))
  const marked = new Set([...found.known, ...correct.flatMap((s) => s.occurrences)].map(spanKey))

  const isCovered = (e: GoldArticle['entities'][number]): boolean => e.mentions.some(([start, end]) => noticed.has(spanKey({ start, end })))
  const covered = gold.entities.filter(isCovered)
  const mentions = gold.entities.flatMap((e) => e.mentions)
  const coveredMentions = mentions.filter(([start, end]) => marked.has(spanKey({ start, end }))).length

  return {
    entities: gold.entities.length,
    coveredEntities: covered.length,
    coverage: ratio(covered.length, gold.entities.length),
    suggestions: found.suggestions.length,
    correctSuggestions: correct.length,
    precision: found.suggestions.length === 0 ? null : correct.length / found.suggestions.length,
    mentions: mentions.length,
    coveredMentions,
    recall: ratio(coveredMentions, mentions.length),
    missed: gold.entities.filter((e) => !isCovered(e)).map((e) => e.name),
    wrong,
  }
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole)

export interface Summary {
  mean: number | null
  min: number | null
  /** The articles the figure is defined for (precision: those with at least one suggestion). */
  articles: number
}

/** Mean and minimum over the articles where the figure is defined. */
export function summarise(values: readonly (number | null)[]): Summary {
  const defined = values.filter((v): v is number => v !== null)
  if (defined.length === 0) return { mean: null, min: null, articles: 0 }
  return { mean: defined.reduce((a, b) => a + b, 0) / defined.length, min: Math.min(...defined), articles: defined.length }
}

export interface Overall {
  coverage: Summary
  precision: Summary
  recall: Summary
  suggestions: number
  correctSuggestions: number
}

export function overall(scores: readonly ArticleScore[]): Overall {
  return {
    coverage: summarise(scores.map((s) => s.coverage)),
    precision: summarise(scores.map((s) => s.precision)),
    recall: summarise(scores.map((s) => s.recall)),
    suggestions: scores.reduce((n, s) => n + s.suggestions, 0),
    correctSuggestions: scores.reduce((n, s) => n + s.correctSuggestions, 0),
  }
}
