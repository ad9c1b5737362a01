import { mkdirSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import sqlite from 'node-sqlite3-wasm'

export type Database = InstanceType<typeof sqlite.Database>
export type Statement = ReturnType<Database['prepare']>

/** SQLite's own files beside a database: its rollback journal, and the lock the wasm build takes. */
const companions = (path: string): string[] => [`${path}-journal`, `${path}.lock`]

/**
 * Opens (or creates) an SQLite database file through node-sqlite3-wasm: SQLite compiled to
 * WebAssembly, reading and writing the file with Node's fs, so the same package runs under Node and
 * in Electron with nothing to compile or rebuild per platform. ':memory:' opens a database that
 * lives and dies with the process.
 *
 * The wasm build locks a file by creating a folder `<file>.lock`; a process that died with the
 * database open leaves it behind, and every later open would find the file busy. Only one process
 * opens a data folder (hosts/lock.ts), so a lock found at open is stale and is removed. A journal
 * left by a crash is kept: SQLite rolls the unfinished transaction back from it.
 */
export function openDatabase(path: string): Database {
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true })
    rmSync(`${path}.lock`, { recursive: true, force: true })
  }
  return new sqlite.Database(path)
}

/** Removes a database file and its companions (a damaged index, rebuilt from nothing). */
export function removeDatabase(path: string): void {
  for (const file of [path, ...companions(path)]) rmSync(file, { recursive: true, force: true })
}

/**
 * Finalizes prepared statements. One whose last step failed (it read a damaged page) reports that
 * failure again when finalized, yet is finalized all the same: the rest are not left open by it, and
 * the database can still be closed and replaced.
 */
export function finalizeAll(statements: Iterable<Statement>): void {
  for (const statement of statements) {
    try {
      if (!statement.isFinalized) statement.finalize()
    } catch {
      // Finalized regardless (see above).
    }
  }
}
