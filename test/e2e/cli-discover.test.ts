import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT, SEEDS_DIR } from './support/app'

/**
 * `entities discover` as a user or a script runs it: the built out/node/cli.js in its own process,
 * over a fresh data folder (the starter registry), reading the word list the build wrote.
 */
const CLI = join(ROOT, 'out/node/cli.js')
const dir = mkdtempSync(join(tmpdir(), 'daftar-discover-'))

afterAll(() => rmSync(dir, { recursive: true, force: true }))

function discover(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const dataDir = mkdtempSync(join(dir, 'data-'))
  const run = spawnSync(process.execPath, [CLI, 'entities', 'discover', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DAFTAR_DATA_DIR: dataDir, DAFTAR_SEEDS_DIR: SEEDS_DIR },
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

interface Output {
  files: {
    file: string
    known: { entityId: string; start: number; end: number; text: string }[]
    suggestions: { name: string; type: string; occurrences: { start: number; end: number; text: string }[] }[]
  }[]
}

describe('npm run cli -- entities discover', () => {
  const article = join(dir, 'article.txt')
  const text = 'وقال ديميس هسابيس، الشريك المؤسس، إن سامسونغ وإنتل تنافسان ميتا. وأضاف هسابيس أن سامسونغ شريك.\n'
  writeFileSync(article, `عنوان تجريبي\n\n${text}`)

  it('prints exactly one JSON object: known mentions and suggestions, every span the slice of the parsed text', () => {
    const run = discover(['--json', article])
    expect(run.status, run.stderr).toBe(0)
    const out = JSON.parse(run.stdout) as Output
    expect(out.files).toHaveLength(1)
    const [file] = out.files
    expect(file?.file).toBe(article)
    expect(file?.known.map((k) => k.entityId)).toContain('meta')
    const names = file!.suggestions.map((s) => s.name)
    expect(names).toEqual(expect.arrayContaining(['ديميس هسابيس', 'سامسونغ', 'إنتل']))
    expect(file!.suggestions.find((s) => s.name === 'ديميس هسابيس')?.type).toBe('person')
    const parsed = `عنوان تجريبي\n\n${text}`
    for (const s of file!.suggestions) for (const o of s.occurrences) expect(o.text).toBe(parsed.slice(o.start, o.end))
    expect(file!.suggestions.find((s) => s.name === 'سامسونغ')?.occurrences).toHaveLength(2)
  })

  it('prints a readable table without --json', () => {
    const run = discover([article])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/known mention\(s\), \d+ new name\(s\)/)
    expect(run.stdout).toContain('ديميس هسابيس\tperson')
  })

  it('exit 2 without a file, exit 1 with one line for a file that cannot be read', () => {
    expect(discover(['--json']).status).toBe(2)
    const missing = discover(['--json', join(dir, 'nope.txt')])
    expect(missing.status).toBe(1)
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
    expect(missing.stderr).toMatch(/^daftar: cannot read .*nope\.txt: ENOENT/)
  })
})
