import type { Query, SearchOptions as MiniSearchOptions } from 'minisearch'
import { STOP_WORDS } from '../entities/stop-words'
import { normalizeKey } from '../text/normalize'
import { cliticCuts, stemAfter, wordsOf } from './tokens'

/**
 * A typed query → a MiniSearch query tree. Each word is one OR group: the word as typed, its stem
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

export function parseQuery(query: string, vocabulary: Vocabulary = NO_VOCABULARY): ParsedQuery {
  const norm = normalizeKey(query)
  const all = wordsOf(norm)
  const content = all.filter((w) => !STOP_WORDS.has(norm.slice(w.start, w.end)))
  const found = content.length > 0 ? content : all
  const words = found.map((w) => norm.slice(w.start, w.end))
  if (words.length === 0) return { words, tree: null }
  // A query that ends in a space has no word still being typed.
  const typing = !/\s$/u.test(query)
  const groups: Query[] = found.map((w, i) => {
    const word = words[i] as string
    const forms = w.arabic ? formsOf(norm, w.start, w.end) : [word]
    const variants = new Set(w.arabic ? forms.flatMap((f) => [f, ...vocabulary.variants(f)]) : forms)
    const last = typing && w === all[all.length - 1]
    const unknown = ![...variants].some((v) => vocabulary.has(v))
    const options: MiniSearchOptions = {
      combineWith: 'OR',
      prefix: (term) => last && term.length >= PREFIX_FROM,
      fuzzy: (term) => (unknown ? fuzzinessOf(term) / term.length : 0),
      maxFuzzy: 2,
    }
    return { ...options, queries: [...variants] }
  })
  return { words, tree: groups.length === 1 ? (groups[0] as Query) : { combineWith: 'AND', queries: groups } }
}
