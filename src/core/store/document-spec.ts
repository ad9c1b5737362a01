/**
 * Every lowdb file Daftar keeps is a versioned document: `{ schemaVersion, ...data }`.
 * A spec says how to make a fresh one, how to check one, and how to bring an old one up to date.
 */
export interface VersionedDocument {
  schemaVersion: number
}

/** Moves a document one version forward. Pure: takes the old shape, returns the new one. */
export interface Migration {
  from: number
  to: number
  describe: string
  migrate: (doc: Record<string, unknown>) => Record<string, unknown>
}

export interface DocumentSpec<T extends VersionedDocument> {
  /** File stem, e.g. "settings" → settings.json. */
  name: string
  currentVersion: number
  defaults: () => T
  /** Throws a readable error when `value` is not a valid current-version document. */
  validate: (value: unknown) => T
  migrations: readonly Migration[]
}
