import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT, SEEDS_DIR, startApp, type RunningApp } from './support/app'
import { addScaleAiHighlights } from './support/briefing-data'

/**
 * The briefing CLI as a user runs it: the built out/node/cli.js in its own process (the e2e global
 * setup builds it when stale), over the same data folder as the app.
 */
const CLI = join(ROOT, 'out/node/cli.js')
const out = mkdtempSync(join(tmpdir(), 'daftar-cli-out-'))
let app: RunningApp | undefined

afterAll(async () => {
  await app?.dispose()
  rmSync(out, { recursive: true, force: true })
})

function cli(args: string[], dataDir: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DAFTAR_DATA_DIR: dataDir, DAFTAR_SEEDS_DIR: SEEDS_DIR, ...env } })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** The app's export over its own HTTP API (browser mode), as the page asks for it. */
async function appExport(running: RunningApp): Promise<string> {
  const origin = new URL(running.url).origin
  const response = await fetch(`${origin}/api/buildBriefing`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Daftar-Token': running.server.token },
    body: JSON.stringify({ args: [{ kind: 'entities', entityIds: ['scale-ai'] }, { lang: 'ar', sections: { entities: true, articles: true, sources: true } }] }),
  })
  const result = (await response.json()) as { ok: boolean; value: { markdown: string }; error?: { message: string } }
  if (!result.ok) throw new Error(result.error?.message)
  return result.value.markdown
}

describe('the CLI, as a process', () => {
  it('refuses (exit 1, one line) while the app holds the data folder, and writes nothing', async () => {
    app = await startApp()
    await addScaleAiHighlights(app.backend)
    const run = cli(['export', '--entity', 'scale-ai', '--out', join(out, 'locked.md')], app.dataDir)
    expect(run.status).toBe(1)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/^daftar: Another Daftar \(process \d+\) is using the data folder/)
    expect(existsSync(join(out, 'locked.md'))).toBe(false)
  })

  it('exit 0: once the app is closed, writes the same file the app exports for that scope', async () => {
    const running = app as RunningApp
    const exported = await appExport(running)
    await running.stop()
    const started = performance.now()
    const run = cli(['export', '--entity', 'Scale AI', '--by-article', '--out', join(out, 'b.md')], running.dataDir, { SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000)) })
    const ms = performance.now() - started
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^Wrote .*b\.md \(1 entity, \d+ quotes, \d+ sources\)\n$/)
    expect(readFileSync(join(out, 'b.md'), 'utf8')).toBe(exported)
    expect(ms).toBeLessThan(5000)
  })

  it('exit 2 for bad arguments and exit 1 for a folder that does not exist, each with one line', () => {
    const dataDir = (app as RunningApp).dataDir
    const bad = cli(['export', '--entity', 'scale-ai'], dataDir)
    expect(bad.status).toBe(2)
    expect(bad.stderr).toBe('daftar: export needs --out FILE.\n')
    const missing = cli(['export', '--entity', 'scale-ai', '--out', join(out, 'nowhere', 'b.md')], dataDir)
    expect(missing.status).toBe(1)
    expect(missing.stderr).toMatch(/^daftar: Could not write .*b\.md: the folder does not exist \(ENOENT\)\n$/)
    expect(readdirSync(out)).toEqual(['b.md'])
  })

  it('npm run cli -- --help prints the usage and exits 0 (building first when stale)', () => {
    const run = spawnSync('npm', ['run', '--silent', 'cli', '--', '--help'], { cwd: ROOT, encoding: 'utf8' })
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/npm run cli -- export --entity <id\|name>/)
  })
})
