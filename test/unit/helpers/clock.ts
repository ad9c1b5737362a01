/** A clock the test moves by hand, for backup and quarantine time stamps. */
export function manualClock(startIso = '2025-03-01T08:00:00.000Z') {
  let t = Date.parse(startIso)
  return {
    now: (): Date => new Date(t),
    advance(ms: number): void {
      t += ms
    },
  }
}

/** The time stamp NodeDocumentStorage puts in file names (ISO without colons or dots). */
export const fileStamp = (date: Date): string => date.toISOString().replace(/[:.]/g, '-')

/** A small deterministic PRNG (mulberry32), so "random" cases are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
