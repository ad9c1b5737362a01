import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import lockfile from 'proper-lockfile'
import { errorCode, describeFsError } from '../backend/store/fs-errors'

export const LOCK_FILE = 'daftar.lock'
/**
 * The guard every process holds while it looks at or changes `daftar.lock` (a folder made with an
 * atomic mkdir by proper-lockfile). Without it, two processes that both find a dead owner's lock
 * both delete it and both create their own: both open the folder, and each loses the other's writes.
 */
const GUARD = 'daftar.lock.guard'
/** A guard left by a process killed inside its few milliseconds of work is taken over after this. */
const GUARD_STALE_MS = 5_000
/** Waiting for the guard: a hundred processes starting at once each hold it for milliseconds. */
const GUARD_ATTEMPTS = 300
const GUARD_WAIT_MS = 50

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

/** The pid in the lock file; null when there is no lock file, NaN when it holds no pid. */
async function readHolder(path: string): Promise<number | null> {
  try {
    return Number.parseInt(await fsp.readFile(path, 'utf8'), 10)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  }
}

/** Waits only while another process holds the guard; any other failure (a folder gone) is answered at once. */
async function takeGuard(dir: string): Promise<() => Promise<void>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lockfile.lock(dir, { lockfilePath: join(dir, GUARD), realpath: false, stale: GUARD_STALE_MS, retries: 0 })
    } catch (error) {
      if (errorCode(error) !== 'ELOCKED' || attempt >= GUARD_ATTEMPTS) throw error
      await new Promise((resolve) => setTimeout(resolve, Math.random() * GUARD_WAIT_MS))
    }
  }
}

/** Runs `work` while holding the guard, so no other process reads or changes the lock meanwhile. */
async function guarded<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const release = await takeGuard(dir)
  try {
    return await work()
  } finally {
    await release().catch(() => {})
  }
}

/**
 * One process at a time per data folder (Electron's single-instance lock covers only Electron;
 * this also covers browser mode and the CLI). The lock file holds the owner's pid; a lock whose
 * owner has died (or that holds no pid) is taken over. Every look at the lock and every change to
 * it happens under the guard, so a lock is deleted only by the process that has just verified,
 * with no one able to change it meanwhile, that its owner is dead. Returns the release function.
 */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE)
  try {
    await guarded(dir, async () => {
      const holder = await readHolder(path)
      if (holder !== null && Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) throw new DataDirLockedError(dir, holder)
      if (holder !== null) await fsp.unlink(path)
      await fsp.writeFile(path, String(process.pid), { flag: 'wx' })
    })
  } catch (error) {
    if (error instanceof DataDirLockedError) throw error
    throw describeFsError('lock', dir, error)
  }
  return () =>
    guarded(dir, async () => {
      // Only ever our own lock: had it been taken over (this process was thought dead), it is not ours to delete.
      if ((await readHolder(path)) === process.pid) await fsp.unlink(path)
    }).catch(() => {})
}
