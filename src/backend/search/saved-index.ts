import type { Remote } from '../workers/rpc'
import type { IndexedVersions, LoadedIndex, SearchMethods } from './search-methods'

export interface SavedIndexOptions {
  /** The in-memory index's file (`searchIndexFile(dataDir)`). */
  file: string
  /** The article index's database (`articleIndexFile(dataDir)`). */
  articles: string
  /** The indexes already being opened by the engine at start (search-engine.ts), if it was asked to. */
  opened?: Promise<LoadedIndex> | null
  /** A saved index was there but damaged: it is being rebuilt. (One from another version is rebuilt quietly.) */
  onRebuilt(reason: string): void
}

/** Whether the index is being built: a save then waits (it would hold the worker up seconds at 100,000 articles, again and again). */
type Busy = () => boolean

/**
 * Quiet time after the last change before the index is saved: a burst of changes (an import of
 * 300 files, a build) costs one save, written by the worker between requests.
 */
const SAVE_AFTER_MS = 2000

/**
 * The search indexes saved beside the store: opened at the first build instead of indexing the whole
 * library again. The article index (SQLite) writes itself as it changes; the small in-memory index
 * of highlights, notes and entities is saved again a little after changes. It is a cache: a file that cannot be used is
 * rebuilt (and the user told when it was damaged), a save that fails is tried after the next change.
 */
export class SavedIndex {
  private timer: NodeJS.Timeout | null = null
  private saving: Promise<void> | null = null
  private unsaved = false
  private opened: Promise<LoadedIndex> | null

  constructor(
    private readonly engine: Remote<SearchMethods>,
    private readonly options: SavedIndexOptions,
    private readonly busy: Busy = () => false,
  ) {
    this.opened = options.opened ?? null
  }

  /** What the saved indexes hold (nothing of a kind whose index must be built from nothing). */
  async load(): Promise<IndexedVersions> {
    // The opening begun at start, once; a load tried again (that one failed) opens anew.
    const opening = this.opened ?? this.engine.load({ file: this.options.file, articles: this.options.articles })
    this.opened = null
    const { versions, damaged } = await opening
    for (const reason of damaged) this.options.onRebuilt(reason)
    return versions
  }

  /** A saved index was found damaged after it was opened: the user is told, as at opening. */
  damaged(reason: string): void {
    this.options.onRebuilt(reason)
  }

  /** The index changed: save it once changes have stopped for a moment. */
  changed(): void {
    this.unsaved = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => (this.busy() ? this.changed() : void this.save()), SAVE_AFTER_MS)
    this.timer.unref()
  }

  /** Saves now if anything is unsaved (closing, tests, the bench); resolves when written. */
  async save(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    while (this.saving) await this.saving
    if (!this.unsaved) return
    this.unsaved = false
    this.saving = this.engine
      .save(this.options.file)
      .then(() => undefined)
      .catch(() => {
        this.unsaved = true // a read-only or full disk: the next change tries again
      })
      .finally(() => (this.saving = null))
    await this.saving
  }

  /** Stops the pending save (the engine is closing). */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }
}
