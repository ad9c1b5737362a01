import { describe, expect, it } from 'vitest'
import { digestKey, digestOf, EMPTY_DIGEST, withPair } from '../../../src/core/search/library-digest'

const pairs: [string, string][] = [
  ['article-1', 'a1b2'],
  ['article-2', 'c3d4'],
  ['مقال-٣', 'e5f6'],
]

describe('the library digest', () => {
  it('is the same whatever the order pairs were added and removed in', () => {
    const forward = digestOf(pairs)
    const backward = digestOf([...pairs].reverse())
    expect(digestKey(backward)).toBe(digestKey(forward))
    const removed = withPair(withPair(forward, 'article-2', 'c3d4', -1), 'article-2', 'c3d4', 1)
    expect(digestKey(removed)).toBe(digestKey(forward))
    expect(digestKey(pairs.reduce((d, [id, v]) => withPair(d, id, v, -1), forward))).toBe(digestKey(EMPTY_DIGEST))
  })

  it('changes when a version changes, an id changes, or the id and version trade characters', () => {
    const base = digestKey(digestOf(pairs))
    expect(digestKey(digestOf([pairs[0] as [string, string], pairs[1] as [string, string], ['مقال-٣', 'e5f7']]))).not.toBe(base)
    expect(digestKey(digestOf([pairs[0] as [string, string], pairs[1] as [string, string], ['مقال-4', 'e5f6']]))).not.toBe(base)
    expect(digestKey(digestOf([['ab', 'c']]))).not.toBe(digestKey(digestOf([['a', 'bc']])))
  })

  it('tells 10,000 sets that differ by one version apart', () => {
    const many = Array.from({ length: 10_000 }, (_, k): [string, string] => [`a${k}`, `v${k}`])
    const whole = digestOf(many)
    const seen = new Set([digestKey(whole)])
    for (let k = 0; k < 10_000; k += 1) {
      const changed = withPair(withPair(whole, `a${k}`, `v${k}`, -1), `a${k}`, `w${k}`, 1)
      seen.add(digestKey(changed))
    }
    expect(seen.size).toBe(10_001)
  })
})
