import type { Adapter } from 'lowdb'

/** Raised by an adapter's read when the file exists but does not hold a JSON document. */
export class CorruptDocumentError extends Error {
  constructor(
    message: string,
    readonly location: string,
  ) {
    super(message)
    this.name = 'CorruptDocumentError'
  }
}

export interface BackupRef {
  /** Where the backup lives, for messages. */
  location: string
  /** When it was taken (ISO 8601). */
  takenAt: string
}

/**
 * Everything the store needs from a disk, for one document. The Node implementation lives in
 * src/backend; tests may use memory. `adapter` is what lowdb writes through.
 */
export interface DocumentStorage<T> {
  readonly location: string
  readonly adapter: Adapter<T>
  /** Moves the current file aside (never overwriting anything) and returns where it went. */
  quarantine(): Promise<string>
  /** Backups, newest first. */
  listBackups(): Promise<BackupRef[]>
  readBackup(ref: BackupRef): Promise<unknown>
  /** Stores a copy of `doc` as a new backup and drops the oldest beyond the rotation limit. */
  writeBackup(doc: T): Promise<void>
}
