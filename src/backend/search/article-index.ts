import { INDEX_TERMS_VERSION, indexTerms } from '../../core/search/tokens'
import { searchableText } from '../../core/search/search-index'
import type { SearchDoc } from '../../core/search/types'
import { ArticleWords, WORDS_SCHEMA } from './article-words'
import { openDatabase, removeDatabase, type Database } from './sqlite-file'

/** The layout of the database below; a file of another layout (or terms version) is rebuilt. */
const FORMAT = 1

/**
 * A query matching more articles than this ranks only the most recently indexed this many of them
 * (the count stays exact). Ranking costs FTS5 a score per match: ~1 µs each, so every article of a
 * 100,000-article library for a common word would cost the query ~100 ms, where 5,000 cost 5.
 */
export const RANK_WINDOW = 5_000

/**
 * Articles: `docs` gives each a row id (stable while it is indexed) and the version it was indexed
 * at; `terms` is the FTS5 index of its terms (tokens.ts), space-separated, so FTS5's `ascii`
 * tokenizer only splits them again. It keeps no text (`content=''`; the library has the text) and
 * no positions (`detail=none`: a query never asks for a phrase, and without positions the index is
 * a fifth of the size and reads faster); a prefix index serves the word still being typed.
 */
const SCHEMA = `
  CREATE TABLE meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL);
  CREATE TABLE docs(id INTEGER PRIMARY KEY, ref TEXT UNIQUE NOT NULL, version TEXT);
  CREATE VIRTUAL TABLE terms USING fts5(body, content='', contentless_delete=1, detail=none, tokenize='ascii', prefix='3');
  ${WORDS_SCHEMA}`

export interface ArticleMatches {
  total: number
  /** The best `limit`, best first; score is FTS5's BM25 turned positive (higher is better). */
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

  private constructor(private readonly db: Database) {
    db.exec('PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16000')
    this.words = new ArticleWords(db)
    this.statements = {
      idOf: db.prepare('SELECT id FROM docs WHERE ref = ?'),
      addDoc: db.prepare('INSERT INTO docs(ref, version) VALUES (?, ?)'),
      setVersion: db.prepare('UPDATE docs SET version = ? WHERE id = ?'),
      dropDoc: db.prepare('DELETE FROM docs WHERE id = ?'),
      addTerms: db.prepare('INSERT INTO terms(rowid, body) VALUES (?, ?)'),
      dropTerms: db.prepare('DELETE FROM terms WHERE rowid = ?'),
      count: db.prepare('SELECT count(*) AS n FROM terms WHERE terms MATCH ?'),
      windowStart: db.prepare('SELECT rowid AS id FROM terms WHERE terms MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?'),
      best: db.prepare(
        `SELECT docs.ref AS ref, best.score AS score FROM
           (SELECT rowid, bm25(terms) AS score FROM terms WHERE terms MATCH ? AND rowid >= ? ORDER BY score LIMIT ?) AS best
         JOIN docs ON docs.id = best.rowid ORDER BY best.score`,
      ),
      size: db.prepare('SELECT count(*) AS n FROM docs'),
    }
  }

  /** An index that lives in memory only (no data folder, tests). */
  static inMemory(): ArticleIndex {
    return new ArticleIndex(ArticleIndex.prepared(openDatabase(':memory:')))
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
    db.exec(SCHEMA)
    db.run('INSERT INTO meta(key, value) VALUES (?, ?), (?, ?)', ['format', FORMAT, 'terms', INDEX_TERMS_VERSION])
    return db
  }

  get size(): number {
    return (this.statements.size.get() as { n: number }).n
  }

  /** Every article indexed, with the version it was indexed at. */
  versions(): { ref: string; version: string | undefined }[] {
    const rows = this.db.all('SELECT ref, version FROM docs') as { ref: string; version: string | null }[]
    return rows.map((row) => ({ ref: row.ref, version: row.version ?? undefined }))
  }

  /** Adds or replaces articles, in one transaction. */
  put(docs: readonly SearchDoc[]): void {
    this.inTransaction(() => {
      const { idOf, addDoc, setVersion, addTerms, dropTerms } = this.statements
      for (const doc of docs) {
        const terms = indexTerms(searchableText(doc))
        const known = idOf.get([doc.ref]) as { id: number } | null
        let id: number
        if (known) {
          id = known.id
          dropTerms.run([id])
          setVersion.run([doc.version ?? null, id])
        } else {
          id = Number(addDoc.run([doc.ref, doc.version ?? null]).lastInsertRowid)
        }
        addTerms.run([id, terms.join(' ')])
        this.words.note(new Set(terms))
      }
    })
  }

  remove(refs: readonly string[]): void {
    this.inTransaction(() => {
      for (const ref of refs) {
        const known = this.statements.idOf.get([ref]) as { id: number } | null
        if (!known) continue
        this.statements.dropTerms.run([known.id])
        this.statements.dropDoc.run([known.id])
      }
    })
  }

  /** The articles matching an FTS5 expression (fts-match.ts): how many, and the best `limit`. */
  search(expression: string, limit: number): ArticleMatches {
    const { count, windowStart, best } = this.statements
    const total = (count.get([expression]) as { n: number }).n
    if (total === 0) return { total, hits: [] }
    const from = total > RANK_WINDOW ? (windowStart.get([expression, RANK_WINDOW - 1]) as { id: number }).id : 0
    const rows = best.all([expression, from, limit]) as { ref: string; score: number }[]
    return { total, hits: rows.map((row) => ({ ref: row.ref, score: -row.score })) }
  }

  close(): void {
    if (!this.db.isOpen) return
    this.words.close()
    for (const statement of Object.values(this.statements)) statement.finalize()
    this.db.close()
  }

  private inTransaction(work: () => void): void {
    this.db.exec('BEGIN')
    try {
      work()
      this.db.exec('COMMIT')
    } catch (error) {
      this.db.exec('ROLLBACK')
      throw error
    }
  }
}
