/**
 * A Map that keeps only what was used last, up to a bound on the weight it holds (each entry
 * weighs 1 unless `weigh` says otherwise): reading or writing an entry makes it the newest, and the
 * oldest are let go past the bound — never the entry just written, so one heavier than the bound is
 * still kept alone. A Map keeps insertion order, so moving a key to its end on every use leaves the
 * least recently used one first.
 */
export class RecentMap<K, V> {
  private readonly entries = new Map<K, V>()
  private held = 0

  constructor(
    readonly max: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key)
    if (value !== undefined) {
      this.entries.delete(key)
      this.entries.set(key, value)
    }
    return value
  }

  has(key: K): boolean {
    return this.entries.has(key)
  }

  set(key: K, value: V): void {
    this.delete(key)
    this.entries.set(key, value)
    this.held += this.weigh(value)
    for (const [oldest, old] of this.entries) {
      if (this.held <= this.max || oldest === key) break
      this.entries.delete(oldest)
      this.held -= this.weigh(old)
    }
  }

  delete(key: K): void {
    const value = this.entries.get(key)
    if (value === undefined) return
    this.entries.delete(key)
    this.held -= this.weigh(value)
  }

  get size(): number {
    return this.entries.size
  }

  /** The weight held now. */
  get weight(): number {
    return this.held
  }
}
