import type { Low } from 'lowdb'
import type { VersionedDocument } from './document-spec'
import type { StoreNotice } from './notices'

export type UpdateOutcome = { saved: true } | { saved: false; reason: string; readOnly: boolean }

/**
 * A document in memory plus its durable file. `update` applies a change and waits until it is on
 * disk. When the disk refuses (read-only folder, full disk) the change stays in memory, marked
 * unsaved, and is written with the next successful save: nothing is dropped silently, and the
 * caller learns the reason.
 */
export class StoredDocument<T extends VersionedDocument> {
  private unsavedReason: string | null = null
  private backupPending: ((doc: T) => Promise<void>) | undefined

  constructor(
    private readonly low: Low<T>,
    readonly name: string,
    readonly readOnly: boolean,
    private readonly onNotice: (notice: StoreNotice) => void = () => {},
    /** Keeps a backup of the document as opened, before its first change (see OpenOptions). */
    backupBeforeFirstChange?: (doc: T) => Promise<void>,
  ) {
    this.backupPending = backupBeforeFirstChange
  }

  get data(): Readonly<T> {
    return this.low.data
  }

  get unsaved(): string | null {
    return this.unsavedReason
  }

  /** Takes the backup of the document as opened, once, before its first change of the session. */
  private async takePendingBackup(): Promise<void> {
    const backup = this.backupPending
    if (!backup) return
    this.backupPending = undefined
    try {
      await backup(structuredClone(this.low.data))
    } catch (error) {
      this.onNotice({ kind: 'backup-failed', document: this.name, reason: error instanceof Error ? error.message : String(error) })
    }
  }

  async update(change: (draft: T) => void): Promise<UpdateOutcome> {
    if (this.readOnly) {
      return { saved: false, readOnly: true, reason: `${this.name} was written by a newer Daftar and is open read-only` }
    }
    // A failed backup is reported, and the change still goes ahead: the file itself is intact.
    await this.takePendingBackup()
    change(this.low.data)
    return this.save()
  }

  /** Writes the current state (also retries an earlier failed save). */
  async save(): Promise<UpdateOutcome> {
    try {
      await this.low.write()
      this.unsavedReason = null
      return { saved: true }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      this.unsavedReason = reason
      this.onNotice({ kind: 'write-failed', document: this.name, reason })
      return { saved: false, readOnly: false, reason }
    }
  }
}
