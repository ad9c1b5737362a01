import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { once } from 'node:events'
import { seededRng } from '../../support/random'
import { Acknowledged } from './acknowledged'
import { bundleWriter } from './bundle-writer'
import { verifyAfterCrash, type AfterCrash } from './verify'

export interface CrashTortureOptions {
  dataDir: string
  seedsDir: string
  iterations: number
  seed?: number
  /**
   * Kills per data folder (default 50). The folder carries over between those kills, so each check
   * re-verifies everything acknowledged before; a fresh folder after that keeps the documents at a
   * realistic size instead of growing with every kill.
   */
  killsPerFolder?: number
  /** Called after each kill and check, for progress output. */
  onIteration?: (index: number, after: AfterCrash) => void
}

export interface CrashTortureFigures {
  iterations: number
  killedDuringStartUp: number
  acknowledgedWrites: number
  lostWrites: number
  duplicateIds: number
  staleTempFilesFound: number
  tempFilesLeftAfterStart: number
  recoveriesNeeded: number
  /** The first few problems, for the failure message. */
  problems: string[]
}

/** How long after which event the kill comes: some during start-up (lock, backups), most mid-write. */
function killPlan(rng: ReturnType<typeof seededRng>): { afterReady: boolean; delayMs: number } {
  return rng.chance(0.15) ? { afterReady: false, delayMs: rng.int(0, 120) } : { afterReady: true, delayMs: rng.int(0, 250) }
}

/**
 * SQLite-style crash testing for the store: a child writes through the real backend, is killed with
 * SIGKILL at a random moment, then Daftar starts on the same folder and must show every write the
 * child acknowledged, with no duplicates and no temp files left. The folder carries over, so each
 * iteration also re-checks everything acknowledged in all the earlier ones.
 */
export async function runCrashTorture(options: CrashTortureOptions): Promise<CrashTortureFigures> {
  const writer = await bundleWriter()
  const rng = seededRng(options.seed ?? 20261122)
  let acked = new Acknowledged()
  let acknowledgedBefore = 0
  let dataDir = join(options.dataDir, 'folder-0')
  // A lost write is missing at every later check too: count each once.
  const lost = new Set<string>()
  const figures: CrashTortureFigures = {
    iterations: 0,
    killedDuringStartUp: 0,
    acknowledgedWrites: 0,
    lostWrites: 0,
    duplicateIds: 0,
    staleTempFilesFound: 0,
    tempFilesLeftAfterStart: 0,
    recoveriesNeeded: 0,
    problems: [],
  }
  const perFolder = options.killsPerFolder ?? 50
  for (let i = 0; i < options.iterations; i++) {
    if (i > 0 && i % perFolder === 0) {
      acknowledgedBefore += acked.count
      acked = new Acknowledged()
      dataDir = join(options.dataDir, `folder-${i / perFolder}`)
    }
    const plan = killPlan(rng)
    const child = spawn(process.execPath, [writer, dataDir, options.seedsDir, String(rng.int(1, 2 ** 30))], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    let ready = false
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      if (!ready && stdout.startsWith('ready\n')) {
        ready = true
        if (plan.afterReady) setTimeout(() => child.kill('SIGKILL'), plan.delayMs)
      }
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    if (!plan.afterReady) setTimeout(() => child.kill('SIGKILL'), plan.delayMs)
    const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null]
    if (signal !== 'SIGKILL') throw new Error(`writer ended by itself (code ${code}) in iteration ${i}: ${stderr.slice(0, 2000)}`)
    if (!ready) figures.killedDuringStartUp++
    acked.add(stdout)

    const after = await verifyAfterCrash(dataDir, options.seedsDir, acked)
    figures.iterations++
    after.lost.forEach((l) => lost.add(l))
    figures.lostWrites = lost.size
    figures.duplicateIds += after.duplicateIds.length
    figures.staleTempFilesFound += after.staleTemps
    figures.tempFilesLeftAfterStart += after.tempsAfterStart
    figures.recoveriesNeeded += after.recoveries.length
    const problems = [...after.lost, ...after.duplicateIds.map((id) => `duplicate ${id}`), ...after.recoveries]
    figures.problems.push(...problems.slice(0, 10 - figures.problems.length).map((p) => `iteration ${i}: ${p}`))
    options.onIteration?.(i, after)
  }
  figures.acknowledgedWrites = acknowledgedBefore + acked.count
  return figures
}
