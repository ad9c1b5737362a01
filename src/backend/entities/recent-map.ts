/**
 * A Map that keeps only the `max` entries used last: reading or writing an entry makes it the
 * newest, and the oldest are let go past the bound. A Map keeps insertion order, so moving a key to
 * its end on every use leaves the least recently used one first.
 */
export class RecentMap<K, V> {
  private readonly entries = new Map<K, V>()

  constructor(readonly max: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key)
    if (value !== undefined) {
      this.entries.delete(key)
      this.entries.set(key, value)
    }
    return value
  }

  set(key: K, value: V): void {
    this.entries.delete(key)
    this.entries.set(key, value)
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.max) break
      this.entries.delete(oldest)
    }
  }

  delete(key: K): void {
    this.entries.delete(key)
  }

  get size(): number {
    return this.entries.size
  }
}
