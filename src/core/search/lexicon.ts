import { skeletonOf } from './tokens'

/** Spelling variants offered for one query word, at most: a skeleton shared by dozens of words is noise. */
export const MAX_VARIANTS = 12

/**
 * The words the index has seen, grouped by spelling skeleton (tokens.ts skeletonOf). Words are
 * added as documents are indexed and never removed: a word whose documents left the index only
 * costs a lookup that finds nothing.
 */
export class Lexicon {
  private readonly seen = new Set<string>()
  private readonly bySkeleton = new Map<string, string[]>()

  note(term: string): void {
    if (this.seen.has(term)) return
    this.seen.add(term)
    const skeleton = skeletonOf(term)
    if (!skeleton) return
    const words = this.bySkeleton.get(skeleton)
    if (words) words.push(term)
    else this.bySkeleton.set(skeleton, [term])
  }

  /** Every word seen, in the order seen (what a saved index keeps; `note` each to restore). */
  words(): string[] {
    return [...this.seen]
  }

  has(term: string): boolean {
    return this.seen.has(term)
  }

  /** Other spellings of `term` the index has seen ("زوكربيرغ" and "زوكربرغ" for "زوكربيرج"). */
  variants(term: string): string[] {
    const skeleton = skeletonOf(term)
    const words = skeleton ? this.bySkeleton.get(skeleton) : undefined
    return words ? words.filter((w) => w !== term).slice(0, MAX_VARIANTS) : []
  }
}
