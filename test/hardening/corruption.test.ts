import { describe, expect, it } from 'vitest'
import { SEEDS_DIR } from '../unit/helpers/backend'
import { makeTempDir } from '../unit/helpers/temp-dir'
import { runCorruptionMatrix } from './corruption/corruption-matrix'

/** CI's share; `npm run torture` cuts each document at 250 random bytes. */
const TRUNCATIONS = 6

describe('damaged store files: the app starts, moves the file aside, restores the newest good backup and says so', () => {
  it('recovers every damaged settings, registry, annotations and note file, with good, damaged or no backups', async () => {
    const figures = await runCorruptionMatrix({ workDir: await makeTempDir('corrupt'), seedsDir: SEEDS_DIR, truncations: TRUNCATIONS })
    expect(figures.problems).toEqual([])
    // 4 document kinds × (8 kinds of damage + the truncations) × 3 backup situations.
    expect(figures.cases).toBe(4 * (8 + TRUNCATIONS) * 3)
    expect(figures.recovered).toBe(figures.cases)
  })

  it('opens a file from a newer Daftar read-only and never touches its bytes, for every document kind', async () => {
    const figures = await runCorruptionMatrix({ workDir: await makeTempDir('newer'), seedsDir: SEEDS_DIR, truncations: 0 })
    expect(figures.newerCases).toBe(4)
    expect(figures.newerKeptIntact).toBe(4)
  })
})
