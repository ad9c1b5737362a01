import * as fsp from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { openBackend } from '../../../src/backend/backend'
import { createHandlers } from '../../../src/backend/handlers'
import { faultyFs } from '../../unit/helpers/faulty-fs'
import { DOCUMENT_KINDS, type DocumentKind } from '../corruption/documents'
import { tempFilesUnder } from '../support'
import { FAULTS, refuseWritesIn, type Fault } from './faults'

/**
 * The goal: the user hears about a failed save within a second (the rename retries stop at 400 ms).
 * `npm run torture` reports the slowest error against it. The test only needs the error to come,
 * not a fast machine: a save that has not failed after ten seconds is hung.
 */
export const ERROR_GOAL_MS = 1000
export const ERROR_HANG_MS = 10_000

export interface BadDiskFigures {
  /** Saves attempted against a failing disk (every document kind × every fault, plus a real read-only folder). */
  cases: number
  /** Failed with a clear error in time, original file intact, no temp file, change kept as unsaved and saved once the disk recovered. */
  handled: number
  slowestErrorMs: number
  /** How the real read-only folder was made here ('chattr', 'chmod'), or why it could not be. */
  realReadOnlyFolder: string
  problems: string[]
}

interface Case {
  kind: DocumentKind
  template: string
  memory: Map<string, string>
  /** The state after changes 2 and 3 on a healthy disk. */
  expected: string
}

type Injection = { fault: Fault } | { readOnlyFolder: true }

async function prepare(kind: DocumentKind, workDir: string, seedsDir: string): Promise<Case> {
  const template = join(workDir, `${kind.name}-template`)
  const memory = new Map<string, string>()
  let backend = await openBackend({ dataDir: template, seedsDir })
  await kind.change(createHandlers(backend), 1, memory)
  await backend.close()
  const control = `${template}-control`
  await fsp.cp(template, control, { recursive: true })
  backend = await openBackend({ dataDir: control, seedsDir })
  const api = createHandlers(backend)
  await kind.change(api, 2, new Map(memory))
  await kind.change(api, 3, new Map(memory))
  const expected = await kind.fingerprint(api, memory)
  await backend.close()
  return { kind, template, memory, expected }
}

/** One save against a failing disk; returns what went wrong (nothing = handled) and how long the error took. */
async function failOneSave(c: Case, caseDir: string, injection: Injection, seedsDir: string): Promise<{ problems: string[]; ms: number }> {
  await fsp.cp(c.template, caseDir, { recursive: true })
  const memory = new Map(c.memory)
  const faults = faultyFs()
  const problems: string[] = []
  let backend = await openBackend({ dataDir: caseDir, seedsDir, fs: faults.fs })
  let ms = 0
  try {
    const api = createHandlers(backend)
    await c.kind.fingerprint(api, memory) // opens the document before the disk fails
    const file = c.kind.file(caseDir, memory)
    const original = await fsp.readFile(file)

    let restore: () => Promise<void> = async () => faults.setFault(undefined)
    if ('fault' in injection) faults.setFault((call) => (injection.fault.matches(call) ? injection.fault.code : undefined))
    else restore = (await refuseWritesIn(dirname(file))) ?? restore

    const started = performance.now()
    const failure = await c.kind.change(api, 2, memory).then(
      () => null,
      (error: Error) => error.message,
    )
    ms = performance.now() - started
    const code = 'fault' in injection ? injection.fault.code : /\((EACCES|EPERM|EROFS)\)/
    if (failure === null) problems.push('the save was acknowledged although the disk failed')
    else if (!(failure.startsWith('expected ok, got write-failed: Could not save') && failure.match(code))) problems.push(`unclear error: ${failure}`)
    if (ms > ERROR_HANG_MS) problems.push(`the error took ${Math.round(ms)} ms: hung`)
    if (!(await fsp.readFile(file)).equals(original)) problems.push('the file on disk changed')
    if ((await tempFilesUnder(caseDir)).length > 0) problems.push(`temp files left: ${await tempFilesUnder(caseDir)}`)
    if (!backend.allNotices().some((n) => n.kind === 'write-failed')) problems.push('the change was not marked unsaved (no write-failed notice)')

    await restore()
    const next = await c.kind.change(api, 3, memory).then(
      () => null,
      (error: Error) => error.message,
    )
    if (next) problems.push(`the next save failed after the disk recovered: ${next}`)
  } finally {
    await backend.close()
  }
  // A fresh start reads only the disk: both the change kept as unsaved and the next one must be there.
  backend = await openBackend({ dataDir: caseDir, seedsDir })
  try {
    const state = await c.kind.fingerprint(createHandlers(backend), memory)
    if (state !== c.expected) problems.push(`after restart: "${state}", expected "${c.expected}"`)
  } finally {
    await backend.close()
  }
  return { problems, ms }
}

/** Every document kind against every injected fault and a real read-only folder. */
export async function runBadDiskMatrix(options: { workDir: string; seedsDir: string }): Promise<BadDiskFigures> {
  const figures: BadDiskFigures = { cases: 0, handled: 0, slowestErrorMs: 0, realReadOnlyFolder: 'unavailable', problems: [] }
  const probe = join(options.workDir, 'probe')
  await fsp.mkdir(probe, { recursive: true })
  const undo = await refuseWritesIn(probe)
  if (undo) {
    figures.realReadOnlyFolder = 'chmod 0555 + chattr +i'
    await undo()
  }
  let n = 0
  for (const kind of DOCUMENT_KINDS) {
    const c = await prepare(kind, options.workDir, options.seedsDir)
    const injections: [string, Injection][] = FAULTS.map((fault) => [fault.name, { fault }])
    if (undo) injections.push(['a real read-only folder', { readOnlyFolder: true }])
    for (const [name, injection] of injections) {
      const caseDir = join(options.workDir, `case-${n++}`)
      const { problems, ms } = await failOneSave(c, caseDir, injection, options.seedsDir)
      figures.cases++
      figures.slowestErrorMs = Math.max(figures.slowestErrorMs, Math.round(ms))
      if (problems.length === 0) figures.handled++
      else figures.problems.push(...problems.map((p) => `${kind.name}, ${name}: ${p}`))
      await fsp.rm(caseDir, { recursive: true, force: true })
    }
  }
  return figures
}
