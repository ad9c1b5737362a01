import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deadPid } from '../unit/helpers/processes'
import { makeTempDir } from '../unit/helpers/temp-dir'
import { bundleContender, raceForLock } from './lock/race'

const CONTENDERS = 100

describe('the data-folder lock under a race', () => {
  it(`lets exactly one of ${CONTENDERS} simultaneous starts open a folder whose lock a dead process left`, { timeout: 180_000 }, async () => {
    const script = await bundleContender()
    const dir = await makeTempDir('lock-race')
    await fsp.writeFile(join(dir, 'daftar.lock'), String(await deadPid()))

    const outcome = await raceForLock(script, dir, CONTENDERS)

    expect({ opened: outcome.opened.length, refused: outcome.refusedNaming.length, failed: [...new Set(outcome.failed)] }).toEqual({ opened: 1, refused: CONTENDERS - 1, failed: [] })
    const winner = outcome.opened[0]
    expect(new Set(outcome.refusedNaming)).toEqual(new Set([winner]))
    expect(await fsp.readFile(join(dir, 'daftar.lock'), 'utf8')).toBe(String(winner))
  })

  it(`lets exactly one of ${CONTENDERS} simultaneous starts open a folder with no lock`, { timeout: 180_000 }, async () => {
    const script = await bundleContender()
    const dir = await makeTempDir('lock-race')

    const outcome = await raceForLock(script, dir, CONTENDERS)

    expect({ opened: outcome.opened.length, refused: outcome.refusedNaming.length, failed: [...new Set(outcome.failed)] }).toEqual({ opened: 1, refused: CONTENDERS - 1, failed: [] })
  })
})
