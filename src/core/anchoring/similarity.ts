/** Small string similarities for scoring anchor candidates (context strings are ≤ 32 characters). */

/** Length of the common run at the end of `a` and `b` (how much of a prefix context still matches). */
export function commonSuffixLength(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++
  return n
}

/** Length of the common run at the start of `a` and `b` (how much of a suffix context still matches). */
export function commonPrefixLength(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++
  return n
}

/** Levenshtein distance, two rows. Used only on context strings, so O(32 × 32) per call. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  let current = new Array<number>(b.length + 1)
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost)
    }
    ;[previous, current] = [current, previous]
  }
  return previous[b.length] as number
}

/** 1 for identical strings, 0 for nothing in common; an empty expectation counts as a match. */
export function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1
  return Math.max(0, 1 - editDistance(expected, actual) / expected.length)
}
