import * as fsp from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
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

/**
 * Writes a briefing and the files it links to (Briefing.files: the relation graph's SVG) beside it,
 * in the same folder under their own names. Every target is checked first, so a refusal ("exists",
 * without `overwrite`) writes nothing at all; the companions are written before the Markdown, so the
 * Markdown never links to a file that is not there yet.
 */
export async function writeBriefingFiles(
  path: string,
  briefing: { markdown: string; files?: readonly { name: string; content: string }[] },
  options: { overwrite: boolean },
  fs: DurableFs = nodeDurableFs,
): Promise<Result<{ path: string; bytes: number; beside: string[] }>> {
  const companions = (briefing.files ?? []).map((f) => ({ path: join(dirname(path), basename(f.name)), content: f.content }))
  if (!options.overwrite) {
    for (const target of [path, ...companions.map((c) => c.path)]) {
      const taken = await fsp.lstat(target).then(
        () => true,
        () => false,
      )
      if (taken) return err('write-failed', `${target} already exists; it was left as it is (choose another name, or replace it on purpose).`, { reason: 'exists', path: target })
    }
  }
  for (const companion of companions) {
    const written = await writeBriefingFile(companion.path, companion.content, options, fs)
    if (!written.ok) return written
  }
  const written = await writeBriefingFile(path, briefing.markdown, options, fs)
  return written.ok ? ok({ ...written.value, beside: companions.map((c) => c.path) }) : written
}
