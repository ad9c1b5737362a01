import { spawnSync } from 'node:child_process'
import * as fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

const made: string[] = []
const immutable = new Set<string>()

/** A fresh folder under the OS temp dir, removed after the current test. */
export async function makeTempDir(label = 'daftar'): Promise<string> {
  const dir = await fsp.mkdtemp(join(tmpdir(), `${label}-`))
  made.push(dir)
  return dir
}

afterEach(async () => {
  for (const dir of immutable) spawnSync('chattr', ['-i', dir])
  immutable.clear()
  for (const dir of made.splice(0)) {
    await fsp.chmod(dir, 0o700).catch(() => {})
    await fsp.rm(dir, { recursive: true, force: true })
  }
})

/** True when a new file can be created in `dir` right now. */
export async function canCreateFileIn(dir: string): Promise<boolean> {
  const probe = join(dir, `.can-create-${process.pid}`)
  try {
    await fsp.writeFile(probe, '')
    await fsp.unlink(probe)
    return true
  } catch {
    return false
  }
}

/**
 * Makes `dir` refuse new files for real. chmod 0o555 does it for a normal user; root ignores
 * permission bits, so as root the folder is also marked immutable (chattr +i) when that works.
 * Returns how it was done, or null when this machine offers no way (the caller skips).
 */
export async function makeReadOnly(dir: string): Promise<'chmod' | 'chattr' | null> {
  await fsp.chmod(dir, 0o555)
  if (!(await canCreateFileIn(dir))) return 'chmod'
  const marked = spawnSync('chattr', ['+i', dir])
  if (marked.status === 0) {
    immutable.add(dir)
    if (!(await canCreateFileIn(dir))) return 'chattr'
  }
  return null
}

/** Whether this machine can make a read-only folder at all (decided once, at collection time). */
export async function readOnlyFoldersPossible(): Promise<{ possible: boolean; how: string }> {
  const dir = await fsp.mkdtemp(join(tmpdir(), 'daftar-ro-check-'))
  try {
    const how = await makeReadOnly(dir)
    return how
      ? { possible: true, how }
      : { possible: false, how: 'running as root, chmod does not stop root and chattr +i is unavailable' }
  } finally {
    spawnSync('chattr', ['-i', dir])
    immutable.delete(dir)
    await fsp.chmod(dir, 0o700).catch(() => {})
    await fsp.rm(dir, { recursive: true, force: true })
  }
}
