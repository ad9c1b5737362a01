import type { NoteInput } from '../../../../shared/api'
import type { Result } from '../../../../shared/result'

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'failed'; reason: string }

/** Quiet time after the last change before a save: long enough to batch a typed word, short enough that a crash loses a word or so. */
export const AUTOSAVE_DELAY_MS = 500

export interface AutosaverDeps {
  /** Writes the note; resolves once it is on disk (api.saveNote). */
  save: (input: NoteInput) => Promise<Result<{ updatedAt: string }>>
  /** The note as it stands now. Read when a save starts, so it carries the latest keystrokes. */
  snapshot: () => NoteInput
  onState: (state: SaveState) => void
  onSaved: (input: NoteInput, updatedAt: string) => void
  /** Told about every save started (the SaveLedger). */
  track: (save: Promise<unknown>) => void
  delayMs?: number
}

/**
 * Debounced, durable autosave of one note. "Saved" is reported only when the backend says the
 * note is on disk. Saves never overlap: a change made while one travels is saved right after it.
 * A failed save keeps the changes marked unsaved, so the next change or flush tries again.
 */
export class Autosaver {
  private dirty = false
  private stopped = false
  private inFlight = false
  private timer: ReturnType<typeof setTimeout> | null = null

  constructor(private deps: AutosaverDeps) {}

  /** Replaces callbacks (a React component hands in its newest closures after each render). */
  use(callbacks: Partial<Pick<AutosaverDeps, 'snapshot' | 'onSaved'>>): void {
    this.deps = { ...this.deps, ...callbacks }
  }

  /** Something changed: save once the user pauses. */
  changed(): void {
    if (this.stopped) return
    this.dirty = true
    this.deps.onState({ kind: 'saving' })
    this.clearTimer()
    this.timer = setTimeout(() => this.flush(), this.deps.delayMs ?? AUTOSAVE_DELAY_MS)
  }

  /** Save now if anything is unsaved (switching notes, leaving the view, closing the page). */
  flush(): void {
    this.clearTimer()
    if (this.stopped || !this.dirty || this.inFlight) return
    this.dirty = false
    this.inFlight = true
    const input = this.deps.snapshot()
    this.deps.onState({ kind: 'saving' })
    const done = this.deps.save(input).then(
      (result) => {
        this.inFlight = false
        if (result.ok) {
          this.deps.onSaved(input, result.value.updatedAt)
          if (this.dirty) this.flush()
          else this.deps.onState({ kind: 'saved', at: result.value.updatedAt })
        } else this.failed(result.error.message)
      },
      (error: unknown) => {
        this.inFlight = false
        this.failed(String(error))
      },
    )
    this.deps.track(done)
  }

  /** Forget unsaved changes and never save again (the note is being deleted). */
  stop(): void {
    this.stopped = true
    this.dirty = false
    this.clearTimer()
  }

  private failed(reason: string): void {
    this.dirty = true
    if (!this.stopped) this.deps.onState({ kind: 'failed', reason })
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
  }
}
