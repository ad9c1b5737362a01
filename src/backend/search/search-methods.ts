import { ftsMatch } from '../../core/search/fts-match'
import { MAX_VARIANTS } from '../../core/search/lexicon'
import { planQuery, type Vocabulary } from '../../core/search/query'
import { SearchIndex, SnapshotMismatchError } from '../../core/search/search-index'
import { searchKinds, sideKinds, type SearchDoc, type SearchGroup, type SearchKind, type SearchOptions, type SearchResults, type SideKind } from '../../core/search/types'
import { ArticleIndex } from './article-index'
import { readIndexFile, writeIndexFile } from './index-file'

/** The highlights, notes and entities the saved small index holds, with the version each was indexed at. */
export type IndexedVersions = Record<SideKind, { ref: string; version: string | undefined }[]>

/** What a start found: the documents the small index holds, and why a damaged index was rebuilt. */
export interface LoadedIndex {
  versions: IndexedVersions
  /** A saved index was there and could not be used (the user is told); one of another version is not. */
  damaged: string[]
}

/** Where the indexes are saved: the in-memory index's file, and the article index's database. */
export interface IndexFiles {
  file: string
  articles: string
}

const DEFAULT_LIMIT = 20

const clock = (): number => performance.now()

/** The words of both indexes: a query is planned once, against everything either has seen. */
const either = (a: Vocabulary, b: Vocabulary): Vocabulary => ({
  has: (term) => a.has(term) || b.has(term),
  variants: (term) => [...new Set([...a.variants(term), ...b.variants(term)])].slice(0, MAX_VARIANTS),
})

/**
 * What the search worker serves: the articles in an SQLite FTS5 index on disk (article-index.ts),
 * the highlights, notes and entities in a small in-memory MiniSearch index with their text (saved to
 * a file and loaded again), one query answering both. The article index keeps no text: an article
 * hit carries the terms looked up, and the search service cuts its snippets from the library's
 * text. Also run in the calling thread when a worker cannot start.
 */
export function createSearchMethods() {
  let others = new SearchIndex(clock)
  let articles = ArticleIndex.inMemory()
  let articlesFile: string | null = null
  const size = (): number => others.size + articles.size
  const isArticle = (doc: { kind: SearchKind }): boolean => doc.kind === 'article'

  const articleGroup = (query: string, vocabulary: Vocabulary, limit: number): SearchGroup => {
    const match = ftsMatch(planQuery(query, vocabulary), articles.words)
    if (!match.expression) return { kind: 'article', total: 0, hits: [] }
    const { total, more, hits } = articles.search(match.expression, limit)
    const found = { terms: match.terms, title: '', titleMarks: [], snippets: [] }
    const group: SearchGroup = { kind: 'article', total, hits: hits.map(({ ref, score }) => ({ kind: 'article', ref, articleId: ref, score, ...found })) }
    return more ? { ...group, more } : group
  }

  const search = (query: string, options: SearchOptions): SearchResults => {
    const started = clock()
    const kinds = options.kinds ?? searchKinds
    const vocabulary = either(others.lexicon, articles.words)
    const rest = others.search(query, { ...options, kinds: kinds.filter((k) => k !== 'article') }, vocabulary)
    const groups = kinds.map((kind) =>
      kind === 'article' ? articleGroup(query, vocabulary, options.limit ?? DEFAULT_LIMIT) : (rest.groups.find((g) => g.kind === kind) as SearchGroup),
    )
    return { query, groups, tookMs: clock() - started }
  }

  return {
    put: (docs: SearchDoc[]): number => {
      articles.put(docs.filter(isArticle))
      for (const doc of docs) if (!isArticle(doc)) others.put(doc)
      return size()
    },
    remove: (refs: { kind: SearchKind; ref: string }[]): number => {
      articles.remove(refs.filter(isArticle).map((r) => r.ref))
      for (const { kind, ref } of refs) if (kind !== 'article') others.remove(kind, ref)
      return size()
    },
    search,
    /**
     * Runs a few throw-away queries once the first build is done, so the first one a person types
     * does not pay for compiling the query paths and reading the index's first pages.
     */
    warm: (words: string[]): number => {
      const [a = 'ا', b = 'ب'] = words
      for (const q of [a, `${a} ${b}`, `${a.slice(0, 3)}`]) search(q, { limit: 5 })
      return size()
    },
    size,
    /**
     * Opens the saved indexes: the article database (a damaged one is replaced by an empty one) and
     * the in-memory index's file (one that cannot be used leaves that index empty). Never throws.
     */
    load: async (files: IndexFiles): Promise<LoadedIndex> => {
      const damaged: string[] = []
      articles.close()
      const opened = ArticleIndex.open(files.articles)
      articles = opened.index
      articlesFile = files.articles
      if (opened.damaged) damaged.push(`the article index: ${opened.damaged}`)
      others = new SearchIndex(clock)
      const read = await readIndexFile(files.file)
      if (read.ok) {
        try {
          others = new SearchIndex(clock, read.snapshot)
        } catch (error) {
          // Another version's index is expected after an upgrade; anything else is a damaged file.
          if (!(error instanceof SnapshotMismatchError)) damaged.push(error instanceof Error ? error.message : String(error))
        }
      } else if (read.damaged) damaged.push(read.reason)
      const versions = Object.fromEntries(sideKinds.map((kind) => [kind, others.versions(kind)])) as IndexedVersions
      return { versions, damaged }
    },
    /** Whether the article index holds exactly the library's articles at their versions (their digests agree). */
    articlesInStep: (digest: string): boolean => articles.digestKey() === digest,
    /**
     * The article index brought in step with the library (`current`: JSON of [id, version] pairs,
     * one string being far cheaper to send than 100,000 objects): what it no longer has leaves,
     * and the ids to index (new, or changed) come back.
     */
    reconcileArticles: (current: string): string[] =>
      articles.reconcile(new Map(JSON.parse(current) as [string, string][])),
    /** Saves the in-memory index (the article index is written as it changes). */
    save: async (path: string): Promise<number> => {
      await writeIndexFile(path, others.snapshot())
      return size()
    },
    /** What is wrong with the article database, read whole (null: nothing). */
    checkArticles: (): string | null => articles.problem(),
    /** Starts the article index again from nothing (its file was found damaged). */
    resetArticles: (): number => {
      articles.close()
      articles = articlesFile ? ArticleIndex.replace(articlesFile) : ArticleIndex.inMemory()
      return size()
    },
    /** Closes the article database (its lock and journal go with it). */
    close: (): void => articles.close(),
  }
}

export type SearchMethods = ReturnType<typeof createSearchMethods>
