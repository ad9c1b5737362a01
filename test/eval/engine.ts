import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Found, FoundSuggestion, Span } from './score'
import { ROOT, type EvalText } from './texts'

export type EngineRun = { ok: true; byPath: Map<string, Found>; warnings: string[] } | { ok: false; reason: string }

const CLI = join(ROOT, 'out/node/cli.js')

/**
 * Runs `node out/node/cli.js entities discover --json FILE...` over all the texts at once (discovery
 * uses what the files share), with a fresh empty data folder, so the registry is the bundled starter
 * registry, and the repository's seeds. Builds the CLI first when it is missing or stale.
 */
export function runEngine(texts: readonly EvalText[], seedsDir: string, build = true): EngineRun {
  if (build) {
    const built = buildIfStale()
    if (!built.ok) return built
  }
  if (!existsSync(CLI)) return { ok: false, reason: `${CLI} is not built (run without --no-build, or \`npm run build\`)` }
  const dataDir = mkdtempSync(join(tmpdir(), 'daftar-eval-'))
  try {
    const run = spawnSync(process.execPath, [CLI, 'entities', 'discover', '--json', ...texts.map((t) => t.path)], {
      env: { ...process.env, DAFTAR_DATA_DIR: dataDir, DAFTAR_SEEDS_DIR: seedsDir },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    })
    if (run.error) return { ok: false, reason: `could not start the CLI: ${run.error.message}` }
    const said = firstLine(run.stderr) || firstLine(run.stdout)
    if (run.status === 2) return { ok: false, reason: `the CLI does not accept \`entities discover\` yet (exit 2: ${said})` }
    if (run.status !== 0) return { ok: false, reason: `the CLI failed (exit ${run.status ?? run.signal}: ${said})` }
    return readOutput(run.stdout, texts)
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

function buildIfStale(): { ok: true } | { ok: false; reason: string } {
  const helper = pathToFileURL(join(ROOT, 'scripts/build-if-stale.mjs')).href
  // The build's own output goes to stderr: stdout is kept for `--json`.
  const build = spawnSync(process.execPath, ['--input-type=module', '-e', `(await import(${JSON.stringify(helper)})).buildIfStale()`], {
    cwd: ROOT,
    stdio: ['ignore', 2, 'inherit'],
  })
  return build.status === 0 ? { ok: true } : { ok: false, reason: `the build failed (exit ${build.status ?? build.signal})` }
}

const firstLine = (s: string): string => s.trim().split('\n')[0]?.trim() ?? ''

interface CliFile {
  file: string
  known: (Span & { entityId: string; text: string })[]
  suggestions: (FoundSuggestion & { type: string; occurrences: (Span & { text: string })[] })[]
}

/** The CLI's one JSON object → what it found per file, checking each span's text against our own parse. */
export function readOutput(stdout: string, texts: readonly EvalText[]): EngineRun {
  let parsed: unknown
  try {
    parsed = JSON.parse(stdout)
  } catch {
    return { ok: false, reason: `the CLI did not print one JSON object (starts: ${JSON.stringify(stdout.slice(0, 80))})` }
  }
  const files = (parsed as { files?: unknown }).files
  if (!Array.isArray(files)) return { ok: false, reason: 'the CLI output has no "files" array' }
  const textByPath = new Map(texts.map((t) => [t.path, t.text]))
  const byPath = new Map<string, Found>()
  const warnings: string[] = []
  for (const f of files as CliFile[]) {
    const text = textByPath.get(f.file)
    if (text === undefined) {
      warnings.push(`the CLI reported a file that was not asked for: ${f.file}`)
      continue
    }
    const spans = [...(f.known ?? []), ...(f.suggestions ?? []).flatMap((s) => s.occurrences ?? [])]
    const off = spans.filter((s) => text.slice(s.start, s.end) !== s.text)
    if (off.length > 0)
      warnings.push(`${f.file}: ${off.length} span(s) whose text is not the slice of the parsed article (first: ${JSON.stringify(off[0])})`)
    byPath.set(f.file, { known: f.known ?? [], suggestions: f.suggestions ?? [] })
  }
  for (const t of texts) if (!byPath.has(t.path)) warnings.push(`the CLI said nothing about ${t.path}`)
  return { ok: true, byPath, warnings }
}
