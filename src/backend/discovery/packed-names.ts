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

/** Occurrences made into objects between two turns of the receiving thread's event loop. */
const OCCURRENCES_PER_TURN = 10_000

/**
 * The names with their occurrences as objects again, a slice at a time: a library's ~100,000
 * occurrences made in one go held the receiving (main) thread, and left it the garbage of all of
 * them at once.
 */
export async function unpackNames({ names, occurrences }: PackedNames): Promise<DiscoveredName[]> {
  const out: DiscoveredName[] = []
  let at = 0
  let sinceTurn = 0
  for (const { occurrenceCount, ...name } of names) {
    const list: DiscoveredName['occurrences'] = new Array(occurrenceCount)
    for (let i = 0; i < occurrenceCount; i++, at += 3)
      list[i] = { text: occurrences[at] as number, start: occurrences[at + 1] as number, end: occurrences[at + 2] as number }
    out.push({ ...name, occurrences: list })
    sinceTurn += occurrenceCount
    if (sinceTurn >= OCCURRENCES_PER_TURN) {
      sinceTurn = 0
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  return out
}
