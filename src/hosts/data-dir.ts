import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describeFsError } from '../backend/store/fs-errors'

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

export { DataDirLockedError, lockDataDir } from './data-dir-lock'
