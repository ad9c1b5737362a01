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

  constructor(
    private readonly low: Low<T>,
    readonly name: string,
    readonly readOnly: boolean,
    private readonly onNotice: (notice: StoreNotice) => void = () => {},
  ) {}

  get data(): Readonly<T> {
    return this.low.data
  }

  get unsaved(): string | null {
    return this.unsavedReason
  }

  async update(change: (draft: T) => void): Promise<UpdateOutcome> {
    if (this.readOnly) {
      return { saved: false, readOnly: true, reason: `${this.name} was written by a newer Daftar and is open read-only` }
    }
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
