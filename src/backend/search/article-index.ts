import { digestKey, digestOf, EMPTY_DIGEST, withPair, type Digest } from '../../core/search/library-digest'
import { INDEX_TERMS_VERSION, indexTerms } from '../../core/search/tokens'
import { searchableText } from '../../core/search/search-index'
import type { SearchDoc } from '../../core/search/types'
import { ArticleWords, WORDS_SCHEMA } from './article-words'
import { finalizeAll, openDatabase, removeDatabase, type Database } from './sqlite-file'

/** The layout of the database below; a file of another layout (or terms version) is rebuilt. */
const FORMAT = 3

/**
 * The most matches a query counts: past it, the answer is "more than 1,000". Counting costs FTS5 a
 * step per match (~5 µs here), so a word found in every article of a 100,000-article library would
 * cost each query half a second; bounded, a query costs the same at any library size.
 */
export const COUNT_LIMIT = 1_000

/**
 * Articles: `docs` gives each a row id and the version it was indexed at. Row ids count down (-1,
 * -2, …; stable while the article stays), so the newest come first in FTS5's own ascending order,
 * which it reads from the start of each word's list, stopping once it has enough (descending, it
 * reads a word's whole list first). `terms` is the FTS5 index of its terms (tokens.ts), `titles`
 * of its title's, space-separated, so FTS5's `ascii` tokenizer only splits them again. They keep
 * no text (`content=''`; the library has it) and no positions (`detail=none`: a query never asks
 * for a phrase, and the index is a fifth of the size and reads faster). A word still being typed
 * is looked up by the words it may become (fts-match.ts), so no prefix index is kept. Pages of
 * 16 KiB: a word's list is read in a quarter of the calls through the WebAssembly file layer.
 */
const FTS_OPTIONS = "content='', contentless_delete=1, detail=none, tokenize='ascii'"
const SCHEMA = `
  CREATE TABLE meta(key TEXT PRIMARY KEY, value NOT NULL);
  CREATE TABLE docs(id INTEGER PRIMARY KEY, ref TEXT UNIQUE NOT NULL, version TEXT);
  CREATE VIRTUAL TABLE terms USING fts5(body, ${FTS_OPTIONS});
  CREATE VIRTUAL TABLE titles USING fts5(title, ${FTS_OPTIONS});
  ${WORDS_SCHEMA}`

export interface ArticleMatches {
  /** How many articles match, up to COUNT_LIMIT; `more`: more than that. */
  total: number
  more: boolean
  /** The first `limit` in order (see `search`); score 2 for a match in the title, 1 in the text. */
  hits: { ref: string; score: number }[]
}

/** An index file that could not be used: it was replaced by an empty one, to be filled again. */
export type OpenedIndex = { index: ArticleIndex; damaged: string | null }

/**
 * The search index of the articles, in an SQLite database beside the store (FTS5): it lives on
 * disk, so a start opens it instead of loading it, memory does not grow with the library, and each
 * batch is written in one transaction as it is indexed (a build cut short keeps what it did).
 * Highlights, notes and entities stay in the small in-memory index, which keeps their text for
 * snippets (search-index.ts).
 */
export class ArticleIndex {
  readonly words: ArticleWords
  private readonly statements
  /** The fingerprint of the articles indexed and their versions (library-digest.ts), kept in `meta`. */
  private digest: Digest

  private constructor(private readonly db: Database) {
    db.exec('PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16000')
    this.words = new ArticleWords(db)
    this.statements = {
      idOf: db.prepare('SELECT id, version FROM docs WHERE ref = ?'),
      saveDigest: db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('digest', ?)"),
      addDoc: db.prepare('INSERT INTO docs(id, ref, version) VALUES (?, ?, ?)'),
      lowestId: db.prepare('SELECT coalesce(min(id), 0) AS id FROM docs'),
      setVersion: db.prepare('UPDATE docs SET version = ? WHERE id = ?'),
      dropDoc: db.prepare('DELETE FROM docs WHERE id = ?'),
      addTerms: db.prepare('INSERT INTO terms(rowid, body) VALUES (?, ?)'),
      addTitle: db.prepare('INSERT INTO titles(rowid, title) VALUES (?, ?)'),
      dropTerms: db.prepare('DELETE FROM terms WHERE rowid = ?'),
      dropTitle: db.prepare('DELETE FROM titles WHERE rowid = ?'),
      count: db.prepare('SELECT count(*) AS n FROM (SELECT rowid FROM terms WHERE terms MATCH ? LIMIT ?)'),
      newestInTitles: db.prepare('SELECT docs.ref AS ref FROM titles JOIN docs ON docs.id = titles.rowid WHERE titles MATCH ? ORDER BY titles.rowid LIMIT ?'),
      newestInText: db.prepare('SELECT docs.ref AS ref FROM terms JOIN docs ON docs.id = terms.rowid WHERE terms MATCH ? ORDER BY terms.rowid LIMIT ?'),
      size: db.prepare('SELECT count(*) AS n FROM docs'),
    }
    const saved = db.get("SELECT value FROM meta WHERE key = 'digest'") as { value: string } | null
    this.digest = saved ? (JSON.parse(saved.value) as Digest) : EMPTY_DIGEST
  }

  /** The fingerprint of what is indexed, to compare with the library's (`digestKey` of the same pairs). */
  digestKey(): string {
    return digestKey(this.digest)
  }

  /** An index that lives in memory only (no data folder, tests). */
  static inMemory(): ArticleIndex {
    return new ArticleIndex(ArticleIndex.prepared(openDatabase(':memory:')))
  }

  /** Replaces the file at `path` by an empty index (a damaged one found after it was opened). */
  static replace(path: string): ArticleIndex {
    removeDatabase(path)
    return ArticleIndex.open(path).index
  }

  /**
   * Opens the index at `path`. A file of another version is replaced quietly; one that cannot be
   * read as an index is replaced too, and `damaged` says why (the user is told it is rebuilt).
   */
  static open(path: string): OpenedIndex {
    let db: Database | null = null
    let damaged: string | null = null
    try {
      db = openDatabase(path)
      if (ArticleIndex.isCurrent(db)) return { index: new ArticleIndex(db), damaged }
    } catch (error) {
      damaged = error instanceof Error ? error.message : String(error)
    }
    try {
      db?.close()
    } catch {
      // A damaged file may refuse even to close; it is removed below either way.
    }
    try {
      removeDatabase(path)
      return { index: new ArticleIndex(ArticleIndex.prepared(openDatabase(path))), damaged }
    } catch {
      // A folder that cannot be written (read-only, full): searchable for this run, built again next time.
      return { index: ArticleIndex.inMemory(), damaged }
    }
  }

  /** Whether `db` holds an index of this version (an empty new file does not). */
  private static isCurrent(db: Database): boolean {
    const tables = db.all("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'")
    if (tables.length === 0) return false
    const rows = db.all('SELECT key, value FROM meta') as { key: string; value: number }[]
    const meta = new Map(rows.map((row) => [row.key, row.value]))
    return meta.get('format') === FORMAT && meta.get('terms') === INDEX_TERMS_VERSION
  }

  private static prepared(db: Database): Database {
    db.exec(`PRAGMA page_size = 16384; ${SCHEMA}`)
    db.run('INSERT INTO meta(key, value) VALUES (?, ?), (?, ?)', ['format', FORMAT, 'terms', INDEX_TERMS_VERSION])
    return db
  }

  get size(): number {
    return (this.statements.size.get() as { n: number }).n
  }

  /**
   * Brings the index in step with the library as it is now (`current`: each article's id and
   * version): drops the articles it no longer has, and says which must be indexed (new, or at
   * another version). The index's list is read as one JSON string made by SQLite, not row by row:
   * at 100,000 articles that is ~0.1 s instead of ~1 s.
   */
  reconcile(current: ReadonlyMap<string, string>): string[] {
    const { list } = this.db.get("SELECT json_group_array(json_array(ref, version)) AS list FROM docs") as { list: string }
    const indexed = new Map(JSON.parse(list) as [string, string | null][])
    const gone = [...indexed.keys()].filter((ref) => !current.has(ref))
    this.remove(gone)
    for (const ref of gone) indexed.delete(ref)
    // Counted again from the list itself, so a digest gone wrong (a file from before it was kept) heals.
    this.digest = digestOf([...indexed].map(([ref, version]): [string, string] => [ref, version ?? '']))
    this.statements.saveDigest.run([JSON.stringify(this.digest)])
    return [...current].filter(([ref, version]) => indexed.get(ref) !== version).map(([ref]) => ref)
  }

  /** Adds or replaces articles, in one transaction. */
  put(docs: readonly SearchDoc[]): void {
    this.inTransaction(() => {
      const { addDoc, setVersion, addTerms, addTitle } = this.statements
      // An article given twice is written once, as last given.
      const unique = [...new Map(docs.map((doc) => [doc.ref, doc])).values()]
      // New articles get the next ids down, the last of the batch the lowest (the newest).
      const below = (this.statements.lowestId.get() as { id: number }).id
      const placed = unique.map((doc, at) => {
        const known = this.known(doc.ref)
        return { doc, known, id: known?.id ?? below - (at + 1) }
      })
      // Written in ascending id order: FTS5 flushes its pending terms whenever a row id is lower
      // than the last one written, which made a batch written newest-first cost one segment per
      // article (measured: 10,000 articles indexed in 10.5 s instead of 6.9).
      for (const { doc, known, id } of placed.sort((a, b) => a.id - b.id)) {
        if (known) {
          this.dropIndexed(id)
          this.digest = withPair(this.digest, doc.ref, known.version ?? '', -1)
          setVersion.run([doc.version ?? null, id])
        } else {
          addDoc.run([id, doc.ref, doc.version ?? null])
        }
        const terms = indexTerms(searchableText(doc))
        this.digest = withPair(this.digest, doc.ref, doc.version ?? '', 1)
        addTerms.run([id, terms.join(' ')])
        addTitle.run([id, indexTerms(doc.title).join(' ')])
        this.words.note(new Set(terms))
      }
    })
  }

  remove(refs: readonly string[]): void {
    this.inTransaction(() => {
      for (const ref of refs) {
        const known = this.known(ref)
        if (!known) continue
        this.dropIndexed(known.id)
        this.digest = withPair(this.digest, ref, known.version ?? '', -1)
        this.statements.dropDoc.run([known.id])
      }
    })
  }

  /**
   * The articles matching an FTS5 expression (fts-match.ts): how many (up to COUNT_LIMIT), and the
   * first `limit` in the order a news desk reads them: those whose title matches, then the rest,
   * each newest first (the last indexed). Both are FTS5's own rowid order, so a query reads
   * only as many matches as it shows, whatever the size of the library. (FTS5 cannot rank by BM25
   * here: with deletable rows and no positions, its bm25() scores every row 0; positions would
   * make the index five times larger and a query five to ten times slower.)
   */
  search(expression: string, limit: number): ArticleMatches {
    const { count, newestInTitles, newestInText } = this.statements
    const n = (count.get([expression, COUNT_LIMIT + 1]) as { n: number }).n
    if (n === 0) return { total: 0, more: false, hits: [] }
    const inTitles = (newestInTitles.all([expression, limit]) as { ref: string }[]).map((row) => row.ref)
    const shown = new Set(inTitles)
    const inText = (newestInText.all([expression, limit + inTitles.length]) as { ref: string }[]).map((row) => row.ref).filter((ref) => !shown.has(ref))
    const hits = [...inTitles.map((ref) => ({ ref, score: 2 })), ...inText.map((ref) => ({ ref, score: 1 }))].slice(0, limit)
    return { total: Math.min(n, COUNT_LIMIT), more: n > COUNT_LIMIT, hits }
  }

  /**
   * What SQLite finds wrong with the file (`PRAGMA quick_check`: every page read), or null. Opening
   * reads only the first pages, so a page damaged further in would show only when a query reads it.
   */
  problem(): string | null {
    try {
      const rows = this.db.all('PRAGMA quick_check') as { quick_check: string }[]
      const found = rows.map((row) => row.quick_check).filter((line) => line !== 'ok')
      return found.length > 0 ? found.slice(0, 3).join('; ') : null
    } catch (error) {
      return error instanceof Error ? error.message : String(error)
    }
  }

  close(): void {
    if (!this.db.isOpen) return
    this.words.close()
    finalizeAll(Object.values(this.statements))
    this.db.close()
  }

  /** An indexed article's row id and the version it was indexed at. */
  private known(ref: string): { id: number; version: string | null } | null {
    return this.statements.idOf.get([ref]) as { id: number; version: string | null } | null
  }

  private dropIndexed(id: number): void {
    this.statements.dropTerms.run([id])
    this.statements.dropTitle.run([id])
  }

  /** Runs `work` in one transaction, the digest saved with it (and put back if it fails). */
  private inTransaction(work: () => void): void {
    const before = this.digest
    this.db.exec('BEGIN')
    try {
      work()
      this.statements.saveDigest.run([JSON.stringify(this.digest)])
      this.db.exec('COMMIT')
    } catch (error) {
      this.db.exec('ROLLBACK')
      this.digest = before
      throw error
    }
  }
}
