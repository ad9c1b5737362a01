import { describe, expect, it } from 'vitest'
import { makeTempDir } from '../unit/helpers/temp-dir'
import { SEEDS_DIR } from '../unit/helpers/backend'
import { runCrashTorture } from './crash/crash-torture'

/** CI's share of the crash torture; `npm run torture` runs 1,000 iterations. */
const ITERATIONS = 100

describe('crash: a writer killed with SIGKILL at random moments', () => {
  it(
    `loses no acknowledged write, leaves no duplicate and no temp file, and never needs a recovery (${ITERATIONS} kills)`,
    { timeout: 240_000 },
    async () => {
      const figures = await runCrashTorture({ dataDir: await makeTempDir('crash'), seedsDir: SEEDS_DIR, iterations: ITERATIONS })
      expect(figures.problems).toEqual([])
      expect(figures).toMatchObject({
        iterations: ITERATIONS,
        lostWrites: 0,
        duplicateIds: 0,
        tempFilesLeftAfterStart: 0,
        recoveriesNeeded: 0,
      })
      // The run must really have written, and killed writers in the middle of their work.
      expect(figures.acknowledgedWrites).toBeGreaterThan(ITERATIONS * 10)
      expect(figures.staleTempFilesFound).toBeGreaterThan(0)
      expect(figures.killedDuringStartUp).toBeGreaterThan(0)
    },
  )
})
