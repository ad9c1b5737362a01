import * as fsp from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { openBackend } from '../../../src/backend/backend'
import { createHandlers } from '../../../src/backend/handlers'
import type { StoreNotice } from '../../../src/core/store/notices'
import { damagesOf, newerVersionOf } from './damage'
import { DOCUMENT_KINDS, type DocumentKind } from './documents'

export interface CorruptionOptions {
  workDir: string
  seedsDir: string
  /** Random truncation points per document kind. */
  truncations: number
  seed?: number
}

export interface CorruptionFigures {
  /** Damaged files the app was started on (each with a good and with a damaged newest backup, and without backups). */
  cases: number
  /** Started, moved the file aside unchanged, restored the expected backup (or reset when none), told the user, and saved again. */
  recovered: number
  /** Files from a newer Daftar: opened read-only, their bytes never touched. */
  newerCases: number
  newerKeptIntact: number
  problems: string[]
}

interface Template {
  dir: string
  memory: Map<string, string>
  /** Fingerprint after session k (1-based). */
  states: string[]
}

/** Three sessions, one change each: afterwards the newest backup holds session 2's state, the one before it session 1's. */
async function buildHistory(kind: DocumentKind, dir: string, seedsDir: string): Promise<Template> {
  const memory = new Map<string, string>()
  const states = ['']
  for (let k = 1; k <= 3; k++) {
    const backend = await openBackend({ dataDir: dir, seedsDir })
    const api = createHandlers(backend)
    await kind.change(api, k, memory)
    states.push(await kind.fingerprint(api, memory))
    await backend.close()
  }
  return { dir, memory, states }
}

async function backupsOf(file: string): Promise<string[]> {
  const folder = join(dirname(file), 'backups')
  const prefix = `${basename(file, '.json')}.`
  const names = await fsp.readdir(folder).catch(() => [] as string[])
  return names
    .filter((n) => n.startsWith(prefix) && n.endsWith('.json'))
    .sort()
    .reverse()
    .map((n) => join(folder, n))
}

type Backups = 'good' | 'newest damaged' | 'none'

/** Starts the app on a copy of the template whose document holds `bytes`; returns what went wrong (nothing = recovered). */
async function startOnDamage(
  kind: DocumentKind,
  t: Template,
  caseDir: string,
  bytes: Buffer,
  backups: Backups,
  seedsDir: string,
): Promise<string[]> {
  await fsp.cp(t.dir, caseDir, { recursive: true })
  const file = kind.file(caseDir, t.memory)
  await fsp.writeFile(file, bytes)
  const [newest] = await backupsOf(file)
  if (backups === 'newest damaged' && newest) await fsp.writeFile(newest, '{"schemaVersion":1,')
  if (backups === 'none') for (const b of await backupsOf(file)) await fsp.rm(b)

  const problems: string[] = []
  const backend = await openBackend({ dataDir: caseDir, seedsDir })
  try {
    const api = createHandlers(backend)
    // Per-article and per-note documents open on first use, so the state is read before the notices are.
    const state = await kind.fingerprint(api, t.memory)
    const notice = backend
      .allNotices()
      .find((n): n is Extract<StoreNotice, { quarantinedTo: string }> => 'quarantinedTo' in n && n.quarantinedTo.startsWith(file))
    const expectedKind = backups === 'none' ? 'reset' : 'restored'
    if (notice?.kind !== expectedKind) problems.push(`expected a "${expectedKind}" notice, got ${JSON.stringify(backend.allNotices())}`)
    else if (!(await fsp.readFile(notice.quarantinedTo)).equals(bytes))
      problems.push('the quarantined file does not hold the damaged bytes')
    const expected = backups === 'good' ? t.states[2] : backups === 'newest damaged' ? t.states[1] : null
    if (expected !== null && state !== expected) problems.push(`restored state "${state}", expected "${expected}"`)
    // The app must work on afterwards: a new change saves and shows.
    const change = await kind.change(api, 4, t.memory).then(
      () => null,
      (error: Error) => error.message,
    )
    if (change) problems.push(`a change after recovery failed: ${change}`)
    else if ((await kind.fingerprint(api, t.memory)) === state && kind.name !== 'note')
      problems.push('a change after recovery did not show')
  } finally {
    await backend.close()
  }
  return problems
}

async function startOnNewer(kind: DocumentKind, t: Template, caseDir: string, seedsDir: string): Promise<string[]> {
  await fsp.cp(t.dir, caseDir, { recursive: true })
  const file = kind.file(caseDir, t.memory)
  const bytes = newerVersionOf(await fsp.readFile(file))
  await fsp.writeFile(file, bytes)
  const problems: string[] = []
  const backend = await openBackend({ dataDir: caseDir, seedsDir })
  try {
    const change = await kind.change(createHandlers(backend), 4, t.memory).then(
      () => null,
      (error: Error) => error.message,
    )
    if (!change?.includes('read-only')) problems.push(`a change was not refused as read-only: ${change}`)
    if (!backend.allNotices().some((n) => n.kind === 'read-only')) problems.push('no read-only notice')
  } finally {
    await backend.close()
  }
  if (!(await fsp.readFile(file)).equals(bytes)) problems.push('the newer file was changed')
  return problems
}

/**
 * Starts Daftar on every document kind damaged in every way (settings, entity registry, an article's
 * annotations, a note), with good backups, with the newest backup itself damaged, and with none.
 */
export async function runCorruptionMatrix(options: CorruptionOptions): Promise<CorruptionFigures> {
  const figures: CorruptionFigures = { cases: 0, recovered: 0, newerCases: 0, newerKeptIntact: 0, problems: [] }
  let n = 0
  for (const kind of DOCUMENT_KINDS) {
    const template = await buildHistory(kind, join(options.workDir, `${kind.name}-template`), options.seedsDir)
    const good = await fsp.readFile(kind.file(template.dir, template.memory))
    const damages = damagesOf(good, options.truncations, (options.seed ?? 7) + n)
    for (const damage of damages) {
      for (const backups of ['good', 'newest damaged', 'none'] as const) {
        const caseDir = join(options.workDir, `case-${n++}`)
        const problems = await startOnDamage(
          kind,
          { ...template, memory: new Map(template.memory) },
          caseDir,
          damage.bytes,
          backups,
          options.seedsDir,
        )
        figures.cases++
        if (problems.length === 0) figures.recovered++
        else figures.problems.push(...problems.map((p) => `${kind.name}, ${damage.name}, backups ${backups}: ${p}`))
        await fsp.rm(caseDir, { recursive: true, force: true })
      }
    }
    const caseDir = join(options.workDir, `case-${n++}`)
    const problems = await startOnNewer(kind, { ...template, memory: new Map(template.memory) }, caseDir, options.seedsDir)
    figures.newerCases++
    if (problems.length === 0) figures.newerKeptIntact++
    else figures.problems.push(...problems.map((p) => `${kind.name}, newer schemaVersion: ${p}`))
  }
  return figures
}
