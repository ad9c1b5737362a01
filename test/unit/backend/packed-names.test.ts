import { describe, expect, it } from 'vitest'
import { packNames, unpackNames } from '../../../src/backend/discovery/packed-names'
import type { DiscoveredName } from '../../../src/core/entities/discovery/types'

const name = (n: number, occurrences: number): DiscoveredName => ({
  name: `اسم ${n}`,
  type: 'org',
  signals: ['unknown-word'],
  aliases: [],
  score: n,
  articles: 1,
  occurrences: Array.from({ length: occurrences }, (_, i) => ({ text: i % 7, start: 10 * i, end: 10 * i + 4 })),
})

describe('discovered names across the worker boundary', () => {
  it('come back exactly as they were packed', async () => {
    const names = [name(1, 3), name(2, 0), name(3, 12_345)]
    expect(await unpackNames(packNames(names))).toEqual(names)
  })

  it('let the receiving thread serve other work while a library-sized answer is unpacked', async () => {
    const packed = packNames(Array.from({ length: 10 }, (_, n) => name(n, 5_000)))
    let otherWorkRanFirst = false
    let unpacked = false
    setImmediate(() => (otherWorkRanFirst = !unpacked))
    await unpackNames(packed).then(() => (unpacked = true))
    expect(otherWorkRanFirst).toBe(true)
  })
})
