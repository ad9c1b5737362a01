import type { UpdateOutcome } from '../../core/store/stored-document'

/** The kinds of the user's records that announce their changes. */
export type RecordKind = 'highlight' | 'note' | 'entity'

/**
 * What one mutation changed: the records written (created or rewritten) and the records gone, and
 * the articles they belong to (a highlight's article; the articles a note is attached to; none for
 * an entity), so a listener re-reads only those.
 */
export interface RecordChange<K extends RecordKind = RecordKind> {
  kind: K
  upserted: string[]
  removed: string[]
  articleIds: string[]
}

/**
 * One service's change events, delivered synchronously in the order they happened (like
 * `LibraryCorpus.onChange`). A change that touched nothing is not announced.
 */
export class ChangeFeed<K extends RecordKind> {
  private readonly listeners = new Set<(change: RecordChange<K>) => void>()

  constructor(private readonly kind: K) {}

  /** Every change from now on; returns the disposer. */
  onChange(listener: (change: RecordChange<K>) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  emit(change: { upserted?: readonly string[]; removed?: readonly string[]; articleIds?: readonly string[] }): void {
    const upserted = [...new Set(change.upserted ?? [])]
    const removed = [...new Set(change.removed ?? [])]
    if (upserted.length === 0 && removed.length === 0) return
    const event: RecordChange<K> = { kind: this.kind, upserted, removed, articleIds: [...new Set(change.articleIds ?? [])] }
    for (const listener of this.listeners) listener(event)
  }
}

/**
 * Whether a write changed what the service holds in memory: a refused disk write keeps the change
 * (it is saved with the next write), a read-only document refuses it before anything changes.
 */
export const tookEffect = (outcome: UpdateOutcome): boolean => outcome.saved || !outcome.readOnly
