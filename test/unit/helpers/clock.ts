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

/** Seeded random numbers, so "random" cases are the same on every run. */
export { prng as seededRandom } from '../../support/random'
