/**
 * The saves still travelling, per note. Switching notes flushes the one being left without
 * waiting; opening it again (or deleting it) first waits here, so it never reads a copy older than
 * the keystrokes just typed, and a late save never lands after a delete.
 */
export class SaveLedger {
  private readonly pending = new Map<string, Promise<unknown>>()

  track(id: string, save: Promise<unknown>): void {
    const chained = Promise.all([this.pending.get(id), save]).finally(() => {
      if (this.pending.get(id) === chained) this.pending.delete(id)
    })
    this.pending.set(id, chained)
  }

  /** Resolves when every save of the note started so far has finished (whatever its outcome). */
  async settled(id: string): Promise<void> {
    await this.pending.get(id)?.catch(() => undefined)
  }
}
