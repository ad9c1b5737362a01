import type { DiscoveredName } from '../../core/entities/discovery/types'

/**
 * Discovered names as they cross from the worker: every occurrence packed into one Int32Array
 * (text, start, end), the names without theirs. A library's answer holds ~90,000 occurrences;
 * as objects, receiving them held the main thread ~50–80 ms, as one typed array it is a copy.
 */
export interface PackedNames {
  names: (Omit<DiscoveredName, 'occurrences'> & { occurrenceCount: number })[]
  occurrences: Int32Array
}

export function packNames(names: readonly DiscoveredName[]): PackedNames {
  const occurrences = new Int32Array(3 * names.reduce((sum, n) => sum + n.occurrences.length, 0))
  let at = 0
  const packed = names.map(({ occurrences: list, ...name }) => {
    for (const o of list) {
      occurrences[at++] = o.text
      occurrences[at++] = o.start
      occurrences[at++] = o.end
    }
    return { ...name, occurrenceCount: list.length }
  })
  return { names: packed, occurrences }
}

export function unpackNames({ names, occurrences }: PackedNames): DiscoveredName[] {
  let at = 0
  return names.map(({ occurrenceCount, ...name }) => {
    const list: DiscoveredName['occurrences'] = new Array(occurrenceCount)
    for (let i = 0; i < occurrenceCount; i++, at += 3)
      list[i] = { text: occurrences[at] as number, start: occurrences[at + 1] as number, end: occurrences[at + 2] as number }
    return { ...name, occurrences: list }
  })
}
