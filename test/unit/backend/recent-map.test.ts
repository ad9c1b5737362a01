import { describe, expect, it } from 'vitest'
import { RecentMap } from '../../../src/backend/store/recent-map'

describe('RecentMap', () => {
  it('keeps the entries used last, letting the least recently used go past its bound', () => {
    const map = new RecentMap<string, number>(2)
    map.set('a', 1)
    map.set('b', 2)
    expect(map.get('a')).toBe(1) // a is now newer than b
    map.set('c', 3)
    expect([map.get('a'), map.get('b'), map.get('c')]).toEqual([1, undefined, 3])
    expect(map.size).toBe(2)
    map.set('c', 4) // writing an entry again replaces it, without growing
    expect([map.size, map.get('c')]).toEqual([2, 4])
    map.delete('a')
    expect([map.size, map.get('a')]).toEqual([1, undefined])
  })
})
