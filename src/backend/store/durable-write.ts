import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import { cutToUtf8Bytes, MAX_FILE_NAME_BYTES, utf8Length } from '../../core/text/utf8'
import { errorCode } from './fs-errors'
import type { DurableFs } from './durable-fs'

/**
 * Windows antivirus and indexers hold files briefly: a rename may fail with EPERM/EBUSY and succeed
 * soon after. The window is short because a lock that does not lift must still reach the user as an
 * error within a second, and a first change of a session may meet it twice (backup, then document).
 */
const RENAME_RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES'])
const RENAME_RETRY_FOR_MS = 400

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export const TEMP_SUFFIX = '.tmp'

/**
 * A unique temp name beside the target, so two writers can never share one temp file. Names are
 * capped at 255 bytes: a target that long (a briefing titled in Arabic) must still get a temp name.
 */
export function tempPathFor(path: string): string {
  const suffix = `.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`
  const room = MAX_FILE_NAME_BYTES - 1 - utf8Length(suffix)
  return join(dirname(path), `.${cutToUtf8Bytes(basename(path), room)}${suffix}`)
}

async function renameWithRetry(fs: DurableFs, from: string, to: string): Promise<void> {
  const deadline = Date.now() + RENAME_RETRY_FOR_MS
  for (let delay = 10; ; delay = Math.min(delay * 2, 100)) {
    try {
      return await fs.rename(from, to)
    } catch (error) {
      const code = errorCode(error)
      if (!code || !RENAME_RETRY_CODES.has(code) || Date.now() + delay > deadline) throw error
      await sleep(delay)
    }
  }
}

/** Makes a rename durable: fsync the folder that holds the new name. Windows cannot open folders: skip there. */
async function syncDirectory(fs: DurableFs, dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await fs.open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Writes `text` (or bytes: an imported original) to `path` so that a crash at any moment leaves
 * either the old file or the new one:
 * unique temp file, write, fsync, rename over the target (retrying transient locks), fsync the folder.
 * On failure the temp file is removed and the original is untouched.
 */
export async function writeFileDurably(fs: DurableFs, path: string, text: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(path)
  let handle: Awaited<ReturnType<DurableFs['open']>> | undefined
  try {
    handle = await fs.open(temp, 'wx', 0o600)
    await handle.writeFile(text, 'utf8')
    await handle.sync()
    await handle.close()
    handle = undefined
    await renameWithRetry(fs, temp, path)
  } catch (error) {
    await handle?.close().catch(() => {})
    await fs.unlink(temp).catch(() => {})
    throw error
  }
  await syncDirectory(fs, dirname(path))
}
