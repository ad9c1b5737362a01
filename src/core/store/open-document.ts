import { Low } from 'lowdb'
import type { DocumentSpec, VersionedDocument } from './document-spec'
import { runMigrations } from './migrate'
import type { StoreNotice } from './notices'
import { CorruptDocumentError, type DocumentStorage } from './storage-port'

export interface OpenedDocument<T> {
  low: Low<T>
  readOnly: boolean
  notices: StoreNotice[]
  /**
   * With `backup: 'before-first-change'`: call with the document as opened, before changing it for
   * the first time this session (StoredDocument does). Absent when the backup was taken at open.
   */
  backupBeforeFirstChange?: (doc: T) => Promise<void>
}

export interface OpenOptions {
  /**
   * When to keep the rotating backup of a good file: at open (settings: one small file), or only
   * before the first change of the session (annotations: one file per article, so opening a
   * thousand of them must not write a thousand backups, and an unchanged file needs no new one).
   */
  backup?: 'on-open' | 'before-first-change'
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

type Checked<T> = { ok: true; doc: T; from: number } | { ok: false; reason: string; newer?: boolean }

/** Checks a parsed value: a current document, an older one that migrates, or a reason why not. */
function check<T extends VersionedDocument>(spec: DocumentSpec<T>, value: unknown): Checked<T> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'the file does not hold a JSON object' }
  }
  const version = (value as Record<string, unknown>)['schemaVersion']
  if (typeof version === 'number' && version > spec.currentVersion) {
    return { ok: false, newer: true, reason: `it was written by a newer Daftar (schemaVersion ${version}, this app knows ${spec.currentVersion})` }
  }
  try {
    const { doc } = runMigrations(value as Record<string, unknown>, spec.migrations, spec.currentVersion)
    return { ok: true, doc: spec.validate(doc), from: version as number }
  } catch (error) {
    return { ok: false, reason: reasonOf(error) }
  }
}

/**
 * Opens one document with the durability policy of DESIGN.md:
 * - missing file → defaults;
 * - older schema → backup first, then migrate and save;
 * - newer schema → open read-only, never rewrite it;
 * - unparseable or invalid → move it aside (never overwrite), restore the newest backup that is
 *   itself good, or fall back to defaults, and tell the user which happened and where the file went;
 * - a good file → keep a rotating backup of it.
 */
export async function openDocument<T extends VersionedDocument>(
  spec: DocumentSpec<T>,
  storage: DocumentStorage<T>,
  options: OpenOptions = {},
): Promise<OpenedDocument<T>> {
  const notices: StoreNotice[] = []
  const lazyBackup = options.backup === 'before-first-change'
  const low = new Low<T>(storage.adapter, spec.defaults())

  let raw: unknown
  let problem: string | null = null
  try {
    raw = await storage.adapter.read()
  } catch (error) {
    if (!(error instanceof CorruptDocumentError)) {
      // The file is there but cannot be read (permissions, I/O error): work from defaults, never write over it.
      notices.push({ kind: 'read-only', document: spec.name, reason: reasonOf(error) })
      return { low, readOnly: true, notices }
    }
    problem = error.message
  }

  if (problem === null && (raw === null || raw === undefined)) return { low, readOnly: false, notices }
  const later = (): Pick<OpenedDocument<T>, 'backupBeforeFirstChange'> => (lazyBackup ? { backupBeforeFirstChange: (doc: T) => storage.writeBackup(doc) } : {})

  if (problem === null) {
    const checked = check(spec, raw)
    if (checked.ok) {
      low.data = checked.doc
      if (checked.from < spec.currentVersion) {
        if (!(await backupQuietly(storage, raw as T, spec.name, notices))) {
          // No copy of the old version could be kept: do not replace it. Work on the upgraded data read-only.
          notices.push({ kind: 'read-only', document: spec.name, reason: `schemaVersion ${checked.from} could not be backed up before the upgrade` })
          return { low, readOnly: true, notices }
        }
        // A folder that refuses the save (read-only, full) must not stop the app from opening:
        // the migrated document stays in memory, the old file stays on disk, the user is told.
        await writeQuietly(low, spec.name, notices)
        notices.push({ kind: 'migrated', document: spec.name, from: checked.from, to: spec.currentVersion })
      } else if (!lazyBackup) {
        await backupQuietly(storage, checked.doc, spec.name, notices)
      } else {
        return { low, readOnly: false, notices, ...later() }
      }
      return { low, readOnly: false, notices }
    }
    if (checked.newer) {
      // Show what this version can read of it; never write over a newer app's data.
      notices.push({ kind: 'read-only', document: spec.name, reason: checked.reason })
      low.data = readableSubset(spec, raw as Record<string, unknown>)
      return { low, readOnly: true, notices }
    }
    problem = checked.reason
  }

  let quarantinedTo: string
  try {
    quarantinedTo = await storage.quarantine()
  } catch (error) {
    // The damaged file cannot be moved aside (read-only folder): leave it untouched and work read-only.
    notices.push({ kind: 'read-only', document: spec.name, reason: `${problem}; it could not be moved aside (${reasonOf(error)})` })
    return { low, readOnly: true, notices }
  }
  for (const ref of await storage.listBackups()) {
    let candidate: Checked<T>
    try {
      candidate = check(spec, await storage.readBackup(ref))
    } catch {
      continue // a backup that does not parse is skipped, never restored
    }
    if (!candidate.ok) continue
    low.data = candidate.doc
    await writeQuietly(low, spec.name, notices)
    notices.push({ kind: 'restored', document: spec.name, quarantinedTo, backupTakenAt: ref.takenAt, reason: problem })
    return { low, readOnly: false, notices }
  }
  await writeQuietly(low, spec.name, notices)
  notices.push({ kind: 'reset', document: spec.name, quarantinedTo, reason: problem })
  return { low, readOnly: false, notices }
}

/** Keeps a backup; on failure records why and returns false (the caller decides what that forbids). */
async function backupQuietly<T>(storage: DocumentStorage<T>, doc: T, name: string, notices: StoreNotice[]): Promise<boolean> {
  try {
    await storage.writeBackup(doc)
    return true
  } catch (error) {
    notices.push({ kind: 'backup-failed', document: name, reason: reasonOf(error) })
    return false
  }
}

async function writeQuietly<T>(low: Low<T>, name: string, notices: StoreNotice[]): Promise<void> {
  try {
    await low.write()
  } catch (error) {
    notices.push({ kind: 'write-failed', document: name, reason: reasonOf(error) })
  }
}

/** The part of a newer document this version understands, or defaults when none of it validates. */
function readableSubset<T extends VersionedDocument>(spec: DocumentSpec<T>, raw: Record<string, unknown>): T {
  try {
    return spec.validate({ ...raw, schemaVersion: spec.currentVersion })
  } catch {
    return spec.defaults()
  }
}
