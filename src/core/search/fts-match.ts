import { fuzzinessOf, PREFIX_FROM, type QueryPlan } from './query'
import type { WantedTerms } from './tokens'

/** Words of the index within `maxEdits` edits of a word it has never seen (a probable typo). */
export type NearWords = (term: string, maxEdits: number) => string[]

/** A query plan as an SQLite FTS5 match, and the terms a hit's marks are cut for. */
export interface FtsMatch {
  /** The MATCH expression; null when the query has no words. */
  expression: string | null
  /** Terms looked up whole: the query's forms and spellings, and the near words of a typo. */
  terms: string[]
  /** Terms looked up as the start of a word (the word still being typed). */
  prefixes: string[]
}

/** FTS5 string syntax: a term in double quotes is taken as it is, whatever letters it holds. */
const quoted = (term: string): string => `"${term.replaceAll('"', '""')}"`

/**
 * The same lookups MiniSearch makes for a plan (query.ts), written for FTS5: each group an OR of
 * its terms, the groups ANDed. A term still being typed becomes a prefix query (`"وزا"*`); a group
 * the index has never seen asks for the near words FTS5 cannot find by itself (it has no fuzzy
 * search), listed by `near`.
 */
export function ftsMatch(plan: QueryPlan, near: NearWords): FtsMatch {
  const terms = new Set<string>()
  const prefixes = new Set<string>()
  const groups = plan.groups.map((group) => {
    const alternatives = new Set<string>()
    for (const term of group.terms) {
      if (group.prefix && term.length >= PREFIX_FROM) {
        prefixes.add(term)
        alternatives.add(`${quoted(term)}*`)
      } else {
        terms.add(term)
        alternatives.add(quoted(term))
      }
      if (!group.fuzzy) continue
      for (const word of near(term, fuzzinessOf(term))) {
        terms.add(word)
        alternatives.add(quoted(word))
      }
    }
    return `(${[...alternatives].join(' OR ')})`
  })
  return { expression: groups.length > 0 ? groups.join(' AND ') : null, terms: [...terms], prefixes: [...prefixes] }
}

/** What a hit found by `terms` and `prefixes` marks: a word that is one of the terms or starts with a prefix. */
export function matchedTerms(terms: readonly string[], prefixes: readonly string[] = []): WantedTerms {
  const whole = new Set(terms)
  return { has: (term) => whole.has(term) || prefixes.some((prefix) => term.startsWith(prefix)) }
}
