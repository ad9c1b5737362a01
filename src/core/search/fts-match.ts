import { fuzzinessOf, PREFIX_FROM, type QueryPlan } from './query'

/** What the article index's vocabulary answers beyond the plan's own lookups (article-words.ts). */
export interface WordList {
  /** Words within `maxEdits` edits of a word the index has never seen (a probable typo). */
  near(term: string, maxEdits: number): string[]
  /** Words that start with `prefix` (the prefix itself included when it is a word), shortest first. */
  startingWith(prefix: string, max: number): string[]
}

/**
 * The most words a word still being typed stands for. FTS5's own prefix query (`"وزا"*`) gathers
 * every match of every word with the prefix before it returns the first (measured: 100–240 ms for
 * "ميتا"* over 100,000 articles); the same words asked by name are read only as far as needed.
 * Shortest first: the word as typed and its nearest completions.
 */
export const PREFIX_WORDS = 50

/** A query plan as an SQLite FTS5 match, and the terms a hit's marks are cut for. */
export interface FtsMatch {
  /** The MATCH expression; null when the query has no words. */
  expression: string | null
  /** Every term looked up: the query's forms and spellings, the completions and near words of the index. */
  terms: string[]
}

/** FTS5 string syntax: a term in double quotes is taken as it is, whatever letters it holds. */
const quoted = (term: string): string => `"${term.replaceAll('"', '""')}"`

/**
 * The same lookups MiniSearch makes for a plan (query.ts), written for FTS5 with every word named:
 * each group an OR of its terms, the groups ANDed. A word still being typed stands for the words of
 * the index that start with it; a group the index has never seen asks for the near words FTS5
 * cannot find by itself (it has no fuzzy search).
 */
export function ftsMatch(plan: QueryPlan, words: WordList): FtsMatch {
  const all = new Set<string>()
  const groups = plan.groups.map((group) => {
    const alternatives = new Set<string>()
    for (const term of group.terms) {
      alternatives.add(term)
      if (group.prefix && term.length >= PREFIX_FROM) for (const word of words.startingWith(term, PREFIX_WORDS)) alternatives.add(word)
      if (group.fuzzy) for (const word of words.near(term, fuzzinessOf(term))) alternatives.add(word)
    }
    for (const term of alternatives) all.add(term)
    return `(${[...alternatives].map(quoted).join(' OR ')})`
  })
  return { expression: groups.length > 0 ? groups.join(' AND ') : null, terms: [...all] }
}
