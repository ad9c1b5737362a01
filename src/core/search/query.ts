import type { Query, SearchOptions as MiniSearchOptions } from 'minisearch'
import { STOP_WORDS } from '../entities/stop-words'
import { normalizeKey } from '../text/normalize'
import { cliticCuts, stemAfter, wordsOf } from './tokens'

/**
 * A typed query → what to look up (planQuery), then a MiniSearch query tree (parseQuery) or an
 * FTS5 match (fts-match.ts). Each word is one OR group: the word as typed, its stem
 * without proclitics ("لميتا" also asks for "ميتا"), and the spellings of either that the index
 * has seen with the same skeleton ("زوكربيرج" asks for "زوكربيرغ" and "زوكربرغ"). The groups are
 * ANDed, so every word must be found. The last word is a prefix while it is at least three letters
 * long and the query does not end in a space (it is probably still being typed; "ال" alone would
 * expand to most of the vocabulary). A word the index has never seen in any form is probably
 * mistyped: words of six letters or more then tolerate one edit, ten or more two, while short
 * Arabic words, where one letter changes the meaning, stay exact. Known words skip the edit search
 * (it costs a pass over every near word's documents; measured 31 → 61 ms on a two-word query at
 * 10,000 articles). Function words (في، من، على…) are dropped when the query has other words: they
 * are in nearly every article, and each costs a pass over every document (~10 ms at 10,000).
 */
export const PREFIX_FROM = 3
export const FUZZY_FROM = 6

export const fuzzinessOf = (term: string): number => (term.length >= 10 ? 2 : term.length >= FUZZY_FROM ? 1 : 0)

/** What the query needs to know about the index's vocabulary (Lexicon). */
export interface Vocabulary {
  has(term: string): boolean
  variants(term: string): string[]
}

const NO_VOCABULARY: Vocabulary = { has: () => true, variants: () => [] }

/** One word of a query: the forms any of which must be found, and how each may match. */
export interface QueryGroup {
  /** The word as typed (normalised), its stems and the spellings of either the index has seen. */
  terms: string[]
  /** The word is still being typed: its terms of PREFIX_FROM letters or more match as prefixes. */
  prefix: boolean
  /** The index has seen none of the terms: each may match a word this many edits away (fuzzinessOf). */
  fuzzy: boolean
}

export interface QueryPlan {
  /** Normalised words of the query, in order. */
  words: string[]
  /** One group per word; every group must be found (AND), any term of a group will do (OR). */
  groups: QueryGroup[]
}

export interface ParsedQuery {
  /** Normalised words of the query, in order. */
  words: string[]
  tree: Query | null
}

/**
 * The forms a query word is looked up under. A word that carries the article (الذكاء, للذكاء,
 * والشركة) is looked up by its bare stem alone (ذكاء, شركه): the index holds that stem for every
 * form of the word, so the stem finds them all, and each extra form would cost another pass over
 * nearly the same documents. A word whose first letter only might be a proclitic (بيان, وزير,
 * لبنان) keeps its own form beside the stem, so it still ranks above "كيان" or "الزير".
 */
function formsOf(norm: string, start: number, end: number): string[] {
  const cuts = cliticCuts(norm, start, end)
  const article = cuts.filter((k) => {
    const chain = norm.slice(start, start + k)
    return chain.endsWith('ال') || chain.endsWith('لل')
  })
  const longest = article[article.length - 1]
  if (longest !== undefined) return [norm.slice(start + longest, end)]
  return [norm.slice(start, end), ...cuts.map((k) => stemAfter(norm, start, end, k))]
}

/** What a typed query asks for, independent of the index that answers it (MiniSearch or SQLite FTS5). */
export function planQuery(query: string, vocabulary: Vocabulary = NO_VOCABULARY): QueryPlan {
  const norm = normalizeKey(query)
  const all = wordsOf(norm)
  const content = all.filter((w) => !STOP_WORDS.has(norm.slice(w.start, w.end)))
  const found = content.length > 0 ? content : all
  const words = found.map((w) => norm.slice(w.start, w.end))
  // A query that ends in a space has no word still being typed.
  const typing = !/\s$/u.test(query)
  const groups = found.map((w, i): QueryGroup => {
    const word = words[i] as string
    const forms = w.arabic ? formsOf(norm, w.start, w.end) : [word]
    const terms = [...new Set(w.arabic ? forms.flatMap((f) => [f, ...vocabulary.variants(f)]) : forms)]
    return { terms, prefix: typing && w === all[all.length - 1], fuzzy: !terms.some((t) => vocabulary.has(t)) }
  })
  return { words, groups }
}

/** A query as a MiniSearch query tree (the in-memory index of highlights, notes and entities). */
export function parseQuery(query: string, vocabulary: Vocabulary = NO_VOCABULARY): ParsedQuery {
  const { words, groups } = planQuery(query, vocabulary)
  if (groups.length === 0) return { words, tree: null }
  const queries: Query[] = groups.map((group) => {
    const options: MiniSearchOptions = {
      combineWith: 'OR',
      prefix: (term) => group.prefix && term.length >= PREFIX_FROM,
      fuzzy: (term) => (group.fuzzy ? fuzzinessOf(term) / term.length : 0),
      maxFuzzy: 2,
    }
    return { ...options, queries: group.terms }
  })
  return { words, tree: queries.length === 1 ? (queries[0] as Query) : { combineWith: 'AND', queries } }
}
