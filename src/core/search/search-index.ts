import MiniSearch, { type SearchResult } from 'minisearch'
import { Lexicon } from './lexicon'
import { parseQuery, type Vocabulary } from './query'
import { makeSnippets, occurrencesForSnippets } from './snippets'
import { findOccurrences, INDEX_TERMS_VERSION, indexTerms } from './tokens'
import {
  searchKinds,
  type SearchDoc,
  type SearchGroup,
  type SearchHit,
  type SearchOptions,
  type SearchResults,
  type SearchKind,
  type Snippet,
  type Span,
} from './types'

/**
 * What MiniSearch holds per document: the key and one field. One field, not title and text: an
 * article's title is its first line already, and a second field doubles the work of every query
 * term found in both (measured: 60 → 31 ms for a two-word query matching 10,000 articles).
 */
interface IndexedDoc {
  key: string
  text: string
}

const DEFAULT_LIMIT = 20

/** The layout of a saved index (`SearchIndexSnapshot`); bump when it changes. */
export const SNAPSHOT_FORMAT = 2

/**
 * A whole index as plain data, to save and load again without indexing anything: MiniSearch's own
 * serialisation, the documents as held and the words seen. (Format 2: articles left for their
 * SQLite index, backend/search/article-index.ts.) `format` and `terms` say which code made it; another version is not loaded.
 */
export interface SearchIndexSnapshot {
  format: number
  terms: number
  mini: ReturnType<MiniSearch['toJSON']>
  docs: SearchDoc[]
  lexicon: string[]
}

/** A saved index made by another version of this code (not loaded: the index is built again). */
export class SnapshotMismatchError extends Error {}

/** A document's key in the index: kinds share one index, and ids of different kinds may collide. */
export const docKey = (kind: SearchKind, ref: string): string => `${kind}:${ref}`

/**
 * The text MiniSearch indexes: the title (already the first line of an article's text) and the text
 * without its hidden spans (chrome), so "اترك تعليقاً" finds nothing.
 */
export function searchableText(doc: SearchDoc): string {
  if (doc.kind !== 'article') return `${doc.title}\n${doc.text}`
  if (!doc.hidden || doc.hidden.length === 0) return doc.text
  const parts: string[] = []
  let at = 0
  for (const span of [...doc.hidden].sort((a, b) => a.start - b.start)) {
    if (span.start > at) parts.push(doc.text.slice(at, span.start))
    at = Math.max(at, span.end)
  }
  parts.push(doc.text.slice(at))
  return parts.join('\n')
}

/** The snippets of a document for the index terms a query matched in it. */
export const snippetsOf = (doc: Pick<SearchDoc, 'text' | 'hidden'>, terms: ReadonlySet<string>): Snippet[] =>
  makeSnippets(doc.text, occurrencesForSnippets(doc.text, terms, doc.hidden))

/** The marks of a hit's title for the index terms a query matched in it. */
export const titleMarksOf = (title: string, terms: ReadonlySet<string>): Span[] => findOccurrences(title, terms).map(({ start, end }) => ({ start, end }))

/**
 * Documents of any kind in one MiniSearch index with Arabic-aware terms (tokens.ts) and queries
 * (query.ts). Results are grouped by kind; every hit carries snippets whose marks are raw offsets
 * found through the normalisation's offset map. The documents' raw text is kept beside the index
 * for the snippets. The app keeps highlights, notes and entities here; its articles are in the
 * SQLite index on disk (backend/search/article-index.ts), which answers the same plans alike.
 */
export class SearchIndex {
  private readonly mini: MiniSearch<IndexedDoc>
  private readonly docs = new Map<string, SearchDoc>()
  /** The words seen, by spelling skeleton: what a query is planned against (query.ts). */
  readonly lexicon = new Lexicon()

  /**
   * `clock` measures how long a query took (performance.now where the host has it). `snapshot`
   * loads a saved index.
   */
  constructor(
    private readonly clock: () => number = Date.now,
    snapshot?: SearchIndexSnapshot,
  ) {
    const options = {
      idField: 'key',
      fields: ['text'],
      storeFields: [],
      tokenize: (text: string) => {
        const terms = indexTerms(text)
        for (const term of terms) this.lexicon.note(term)
        return terms
      },
      processTerm: (term: string) => term,
      autoVacuum: { minDirtCount: 200, minDirtFactor: 0.1, batchSize: 2000, batchWait: 5 },
    }
    if (!snapshot) {
      this.mini = new MiniSearch<IndexedDoc>(options)
      return
    }
    if (snapshot.format !== SNAPSHOT_FORMAT || snapshot.terms !== INDEX_TERMS_VERSION) {
      throw new SnapshotMismatchError(`saved by another version (format ${snapshot.format}, terms ${snapshot.terms})`)
    }
    this.mini = MiniSearch.loadJS<IndexedDoc>(snapshot.mini, options)
    for (const doc of snapshot.docs) this.docs.set(docKey(doc.kind, doc.ref), doc)
    for (const word of snapshot.lexicon) this.lexicon.note(word)
    if (this.mini.documentCount !== this.docs.size) throw new Error(`${this.mini.documentCount} documents indexed but ${this.docs.size} listed`)
  }

  /** The whole index as plain data (see SearchIndexSnapshot). */
  snapshot(): SearchIndexSnapshot {
    return {
      format: SNAPSHOT_FORMAT,
      terms: INDEX_TERMS_VERSION,
      mini: this.mini.toJSON(),
      docs: [...this.docs.values()],
      lexicon: this.lexicon.words(),
    }
  }

  /** Each document of one kind with the version it was indexed at. */
  versions(kind: SearchKind): { ref: string; version: string | undefined }[] {
    return [...this.docs.values()].filter((d) => d.kind === kind).map((d) => ({ ref: d.ref, version: d.version }))
  }

  get size(): number {
    return this.docs.size
  }

  has(kind: SearchKind, ref: string): boolean {
    return this.docs.has(docKey(kind, ref))
  }

  /** Adds or replaces a document. */
  put(doc: SearchDoc): void {
    const key = docKey(doc.kind, doc.ref)
    if (this.docs.has(key)) this.mini.discard(key)
    this.docs.set(key, doc)
    this.mini.add({ key, text: searchableText(doc) })
  }

  remove(kind: SearchKind, ref: string): void {
    const key = docKey(kind, ref)
    if (!this.docs.delete(key)) return
    this.mini.discard(key)
  }

  /** Every ref of one kind currently indexed. */
  refs(kind: SearchKind): string[] {
    const prefix = `${kind}:`
    return [...this.docs.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length))
  }

  /** `vocabulary`: the words the query is planned against, when more than this index's own are known. */
  search(query: string, options: SearchOptions = {}, vocabulary: Vocabulary = this.lexicon): SearchResults {
    const started = this.clock()
    const { tree } = parseQuery(query, vocabulary)
    const kinds = options.kinds ?? searchKinds
    const limit = options.limit ?? DEFAULT_LIMIT
    const groups: SearchGroup[] = kinds.map((kind) => ({ kind, total: 0, hits: [] }))
    if (tree) {
      const results = this.mini.search(tree, { tokenize: (s) => [s], processTerm: (t) => t })
      for (const result of results) {
        const doc = this.docs.get(result.id as string)
        const group = doc && groups.find((g) => g.kind === doc.kind)
        if (!doc || !group) continue
        group.total++
        if (group.hits.length < limit) group.hits.push(this.hitOf(doc, result))
      }
    }
    return { query, groups, tookMs: this.clock() - started }
  }

  private hitOf(doc: SearchDoc, result: SearchResult): SearchHit {
    const wanted = new Set(result.terms)
    return {
      kind: doc.kind,
      ref: doc.ref,
      ...(doc.articleId !== undefined ? { articleId: doc.articleId } : {}),
      title: doc.title,
      titleMarks: titleMarksOf(doc.title, wanted),
      snippets: snippetsOf(doc, wanted),
      score: result.score,
    }
  }
}
