/** One undoable change: how to take it back. */
export interface UndoEntry {
  label: string
  undo: () => Promise<void>
}

/** The last changes, newest first. At least 20 are kept, as the issue asks; we keep 50. */
export class UndoStack {
  private entries: UndoEntry[] = []

  constructor(readonly limit = 50) {}

  push(entry: UndoEntry): void {
    this.entries.unshift(entry)
    this.entries.length = Math.min(this.entries.length, this.limit)
  }

  /** Takes back the newest change; returns its label, or null when there is nothing to undo. */
  async undo(): Promise<string | null> {
    const entry = this.entries.shift()
    if (!entry) return null
    await entry.undo()
    return entry.label
  }

  get size(): number {
    return this.entries.length
  }
}
