/** What the store tells the user about a document it opened or failed to save. */
export type StoreNotice =
  | { kind: 'restored'; document: string; quarantinedTo: string; backupTakenAt: string; reason: string }
  | { kind: 'reset'; document: string; quarantinedTo: string; reason: string }
  | { kind: 'read-only'; document: string; reason: string }
  | { kind: 'migrated'; document: string; from: number; to: number }
  | { kind: 'write-failed'; document: string; reason: string }
  | { kind: 'backup-failed'; document: string; reason: string }
  | { kind: 'not-writable'; document: string; reason: string }
  | { kind: 'records-set-aside'; document: string; count: number; reason: string }
  /**
   * A saved index (a cache of the library: the search index, the library's manifest, the mention
   * index) could not be used and is being built again: nothing is lost.
   */
  | { kind: 'index-rebuilt'; index: 'search' | 'library' | 'mentions'; document: string; reason: string }
