/**
 * `npm run torture`: the long runs behind the hardening suite (CI runs a share of each inside
 * `npm test`). Prints each figure with its goal and writes test-results/torture.json, which
 * docs/RELIABILITY.md quotes. Options: --crash N (kills, default 1000), --truncations N (random cuts
 * per document kind, default 250).
 */
import * as fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ERROR_GOAL_MS, runBadDiskMatrix } from './bad-disk/bad-disk-matrix'
import { runCorruptionMatrix } from './corruption/corruption-matrix'
import { runCrashTorture } from './crash/crash-torture'

const ROOT = join(import.meta.dirname, '../..')
const SEEDS = join(ROOT, 'seeds')
const option = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? Number(process.argv[at + 1]) : fallback
}

async function timed<T>(label: string, run: () => Promise<T>): Promise<{ figures: T; seconds: number }> {
  const started = performance.now()
  console.error(`[torture] ${label}…`)
  const figures = await run()
  const seconds = Math.round((performance.now() - started) / 100) / 10
  console.error(`[torture] ${label}: ${seconds} s`)
  return { figures, seconds }
}

const work = await fsp.mkdtemp(join(tmpdir(), 'daftar-torture-'))
try {
  const kills = option('crash', 1000)
  const crash = await timed(`crash: ${kills} SIGKILLs`, () =>
    runCrashTorture({
      dataDir: join(work, 'crash'),
      seedsDir: SEEDS,
      iterations: kills,
      onIteration: (i) => void (i % 100 === 99 && console.error(`[torture]   ${i + 1} kills`)),
    }),
  )
  const corruption = await timed('damaged files', () => runCorruptionMatrix({ workDir: join(work, 'corrupt'), seedsDir: SEEDS, truncations: option('truncations', 250) }))
  const badDisk = await timed('failing disk', () => runBadDiskMatrix({ workDir: join(work, 'bad-disk'), seedsDir: SEEDS }))

  const c = crash.figures
  const rows: [string, string | number, string][] = [
    ['crash: kills (SIGKILL at random moments)', c.iterations, '≥ 1,000'],
    ['crash: kills during start-up', c.killedDuringStartUp, '> 0'],
    ['crash: writes acknowledged before a kill', c.acknowledgedWrites, ''],
    ['crash: acknowledged writes lost', c.lostWrites, '0'],
    ['crash: duplicate ids', c.duplicateIds, '0'],
    ['crash: stale temp files found at start', c.staleTempFilesFound, ''],
    ['crash: temp files left after start', c.tempFilesLeftAfterStart, '0'],
    ['crash: documents that needed a recovery', c.recoveriesNeeded, '0'],
    ['damaged files: cases started on', corruption.figures.cases, ''],
    ['damaged files: recovered as expected', corruption.figures.recovered, 'all'],
    ['newer schemaVersion: kept intact, read-only', `${corruption.figures.newerKeptIntact} / ${corruption.figures.newerCases}`, 'all'],
    ['failing disk: saves against a fault', badDisk.figures.cases, ''],
    ['failing disk: handled (clear error, nothing lost)', badDisk.figures.handled, 'all'],
    ['failing disk: slowest error (ms)', badDisk.figures.slowestErrorMs, `≤ ${ERROR_GOAL_MS}`],
    ['failing disk: real read-only folder', badDisk.figures.realReadOnlyFolder, ''],
  ]
  const width = Math.max(...rows.map(([name]) => name.length))
  for (const [name, value, goal] of rows) console.log(`${name.padEnd(width)}  ${String(value).padStart(12)}  ${goal}`)
  const problems = [...c.problems, ...corruption.figures.problems, ...badDisk.figures.problems]
  for (const p of problems.slice(0, 20)) console.log(`problem: ${p}`)

  await fsp.mkdir(join(ROOT, 'test-results'), { recursive: true })
  const report = { measuredAt: new Date().toISOString(), crash, corruption, badDisk }
  await fsp.writeFile(join(ROOT, 'test-results/torture.json'), `${JSON.stringify(report, null, 2)}\n`)
  const failed = c.lostWrites + c.duplicateIds + c.tempFilesLeftAfterStart + c.recoveriesNeeded + problems.length
  console.log(failed === 0 ? 'torture: every goal met' : `torture: ${failed} problems`)
  process.exitCode = failed === 0 ? 0 : 1
} finally {
  await fsp.rm(work, { recursive: true, force: true })
}
