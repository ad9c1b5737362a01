import SearchableMap from 'minisearch/SearchableMap'
import { MAX_VARIANTS } from '../../core/search/lexicon'
import type { WordList } from '../../core/search/fts-match'
import type { Vocabulary } from '../../core/search/query'
import { skeletonOf } from '../../core/search/tokens'
import { finalizeAll, type Database } from './sqlite-file'

/** The words table: every term the article index has seen, with its spelling skeleton (tokens.ts). */
export const WORDS_SCHEMA = `
  CREATE TABLE words(term TEXT PRIMARY KEY, skeleton TEXT) WITHOUT ROWID;
  CREATE INDEX words_by_skeleton ON words(skeleton) WHERE skeleton IS NOT NULL;`

/**
 * The vocabulary of the article index, kept in its database: what a query asks before it is
 * written (is a word known, which other spellings of it were seen: lexicon.ts does the same for
 * the small in-memory index). Words are added as articles are indexed and never removed.
 *
 * FTS5 has no fuzzy search: the near words of a typo come from a radix tree of the whole
 * vocabulary (MiniSearch's SearchableMap), built the first time a query has a word the index has
 * never seen, so neither a start nor an ordinary query pays for it.
 */
export class ArticleWords implements Vocabulary, WordList {
  private readonly insert
  private readonly known
  private readonly bySkeleton
  private readonly byStart
  private tree: SearchableMap<true> | null = null
  /** Every word in the table, read when indexing first notes words: only new ones are written. */
  private noted: Set<string> | null = null

  constructor(private readonly db: Database) {
    this.insert = db.prepare('INSERT OR IGNORE INTO words(term, skeleton) VALUES (?, ?)')
    this.known = db.prepare('SELECT 1 AS found FROM words WHERE term = ?')
    this.bySkeleton = db.prepare('SELECT term FROM words WHERE skeleton = ? LIMIT ?')
    this.byStart = db.prepare('SELECT term FROM words WHERE term >= ? AND term < ? ORDER BY length(term), term LIMIT ?')
  }

  /**
   * Notes the terms of a document being indexed (inside the caller's transaction). An article has
   * some hundreds of words, nearly all seen before: asking SQLite about each cost more than
   * indexing the article, so the words already noted are kept here and only new ones written.
   */
  note(terms: Iterable<string>): void {
    this.noted ??= new Set(this.all())
    for (const term of terms) {
      if (this.noted.has(term)) continue
      this.noted.add(term)
      this.insert.run([term, skeletonOf(term)])
      this.tree?.set(term, true)
    }
  }

  has(term: string): boolean {
    return this.known.get([term]) !== null
  }

  variants(term: string): string[] {
    const skeleton = skeletonOf(term)
    if (!skeleton) return []
    const rows = this.bySkeleton.all([skeleton, MAX_VARIANTS + 1]) as { term: string }[]
    return rows.map((row) => row.term).filter((word) => word !== term).slice(0, MAX_VARIANTS)
  }

  startingWith(prefix: string, max: number): string[] {
    // Every word with the prefix sorts between it and the prefix followed by the last character of the BMP.
    const rows = this.byStart.all([prefix, `${prefix}\uffff`, max]) as { term: string }[]
    return rows.map((row) => row.term)
  }

  /** Words within `maxEdits` edits of `term` (itself excluded). */
  near(term: string, maxEdits: number): string[] {
    if (maxEdits <= 0) return []
    this.tree ??= this.readTree()
    return [...this.tree.fuzzyGet(term, maxEdits).keys()].filter((word) => word !== term)
  }

  close(): void {
    finalizeAll([this.insert, this.known, this.bySkeleton, this.byStart])
  }

  private readTree(): SearchableMap<true> {
    const tree = new SearchableMap<true>()
    for (const term of this.noted ?? this.all()) tree.set(term, true)
    return tree
  }

  private all(): string[] {
    return (this.db.all('SELECT term FROM words') as { term: string }[]).map((row) => row.term)
  }
}
