import type { Migration } from './document-spec'

export interface MigrationOutcome {
  doc: Record<string, unknown>
  /** The migrations that ran, in order (empty when the document was already current). */
  applied: Migration[]
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MigrationError'
  }
}

/**
 * Runs migrations from the document's version up to `target`, one step at a time.
 * Each step must exist (a gap is an error, never a skip) and must land on the version it promises.
 * Running it on a current document is a no-op.
 */
export function runMigrations(doc: Record<string, unknown>, migrations: readonly Migration[], target: number): MigrationOutcome {
  const version = doc['schemaVersion']
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new MigrationError(`schemaVersion must be a non-negative integer, got ${JSON.stringify(version)}`)
  }
  if (version > target) throw new MigrationError(`schemaVersion ${version} is newer than this app understands (${target})`)
  const applied: Migration[] = []
  let current = doc
  let at = version
  while (at < target) {
    const step = migrations.find((m) => m.from === at)
    if (!step) throw new MigrationError(`no migration from schemaVersion ${at}`)
    if (step.to !== at + 1) throw new MigrationError(`migration from ${at} must go to ${at + 1}, not ${step.to}`)
    current = { ...step.migrate(structuredClone(current)), schemaVersion: step.to }
    applied.push(step)
    at = step.to
  }
  return { doc: current, applied }
}
