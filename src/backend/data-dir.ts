import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { errorCode, describeFsError } from './store/fs-errors'

/** The data folder: `DAFTAR_DATA_DIR` when set (browser mode, tests, scripts), else the caller's default. */
export function resolveDataDir(fallback: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env['DAFTAR_DATA_DIR']
  return fromEnv && fromEnv.trim().length > 0 ? fromEnv : fallback
}

/** Creates the folder if needed and reports whether a file can be written in it. */
export async function probeWritable(dir: string): Promise<{ writable: true } | { writable: false; reason: string }> {
  try {
    await fsp.mkdir(dir, { recursive: true })
    const probe = join(dir, `.write-probe-${process.pid}`)
    await fsp.writeFile(probe, '')
    await fsp.unlink(probe)
    return { writable: true }
  } catch (error) {
    return { writable: false, reason: describeFsError('write in', dir, error).message }
  }
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(`Another Daftar (process ${pid}) is using the data folder ${dir}. Close it first: two writers would lose data.`)
    this.name = 'DataDirLockedError'
  }
}

const isAlive = (pid: number): boolean => {
  // kill(0, 0) and kill(-1, 0) probe a whole process group and "succeed": a damaged lock holding
  // "0" or "-1" would otherwise lock the folder for good.
  if (pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errorCode(error) === 'EPERM'
  }
}

/**
 * One process at a time per data folder (Electron's single-instance lock covers only Electron;
 * this also covers browser mode and the CLI). A lock left by a dead process is taken over.
 * Returns the release function.
 */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, 'daftar.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fsp.writeFile(path, String(process.pid), { flag: 'wx' })
      return () => fsp.unlink(path).catch(() => {})
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw describeFsError('lock', dir, error)
      const holder = Number.parseInt(await fsp.readFile(path, 'utf8').catch(() => ''), 10)
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) throw new DataDirLockedError(dir, holder)
      await fsp.unlink(path).catch(() => {})
    }
  }
  throw new Error(`Could not lock the data folder ${dir}`)
}
