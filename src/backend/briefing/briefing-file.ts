import * as fsp from 'node:fs/promises'
import { err, ok, type Result } from '../../shared/result'
import { nodeDurableFs, type DurableFs } from '../store/durable-fs'
import { writeFileDurably } from '../store/durable-write'
import { describeFsError, errorCode } from '../store/fs-errors'

/**
 * Writes a briefing to a file the user named: to a unique temp file beside it, fsynced, then renamed
 * over it (writeFileDurably), so a failure at any point leaves no partial file — only the old one,
 * or none. An existing file is replaced only when `overwrite` says the user agreed to it (the save
 * dialog asked, or the CLI got --force); otherwise the answer is details.reason "exists".
 */
export async function writeBriefingFile(path: string, markdown: string, options: { overwrite: boolean }, fs: DurableFs = nodeDurableFs): Promise<Result<{ path: string; bytes: number }>> {
  let existing: Awaited<ReturnType<typeof fsp.lstat>> | null
  try {
    existing = await fsp.lstat(path)
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') return err('write-failed', describeFsError('write', path, error).message, { reason: errorCode(error) ?? 'unknown' })
    existing = null
  }
  if (existing && !existing.isFile()) return err('write-failed', `Could not write ${path}: it is not a regular file.`, { reason: 'not-a-file' })
  if (existing && !options.overwrite) return err('write-failed', `${path} already exists; it was left as it is (choose another name, or replace it on purpose).`, { reason: 'exists' })
  try {
    await writeFileDurably(fs, path, markdown)
  } catch (error) {
    return err('write-failed', describeFsError('write', path, error).message, { reason: errorCode(error) ?? 'unknown' })
  }
  return ok({ path, bytes: Buffer.byteLength(markdown, 'utf8') })
}
