import { spawnSync } from 'node:child_process'
import * as fsp from 'node:fs/promises'
import type { FsCall } from '../../unit/helpers/faulty-fs'

export interface Fault {
  name: string
  /** Which call of a durable write fails. */
  matches: (call: FsCall) => boolean
  code: string
}

const tempCreate = (c: FsCall): boolean => c.op === 'open' && c.flags === 'wx'
const on =
  (op: FsCall['op']) =>
  (c: FsCall): boolean =>
    c.op === op

/** Disk faults injected through the DurableFs seam, at each step of a durable write. */
export const FAULTS: readonly Fault[] = [
  { name: 'disk full when creating the temp file', matches: tempCreate, code: 'ENOSPC' },
  { name: 'permission denied when creating the temp file', matches: tempCreate, code: 'EACCES' },
  { name: 'read-only file system when creating the temp file', matches: tempCreate, code: 'EROFS' },
  { name: 'disk full while writing', matches: on('writeFile'), code: 'ENOSPC' },
  { name: 'I/O error while writing', matches: on('writeFile'), code: 'EIO' },
  { name: 'I/O error on fsync', matches: on('sync'), code: 'EIO' },
  { name: 'I/O error on close', matches: on('close'), code: 'EIO' },
  { name: 'rename refused (EPERM, a Windows lock that never lifts)', matches: on('rename'), code: 'EPERM' },
  { name: 'rename refused (EBUSY)', matches: on('rename'), code: 'EBUSY' },
  { name: 'rename across devices (EXDEV)', matches: on('rename'), code: 'EXDEV' },
]

/**
 * A folder that refuses writes for real. Root ignores permission bits, so the folder is also made
 * immutable (chattr +i). Returns the undo, or null when this machine offers no way.
 */
export async function refuseWritesIn(dir: string): Promise<(() => Promise<void>) | null> {
  await fsp.chmod(dir, 0o555)
  const undo = async (): Promise<void> => {
    spawnSync('chattr', ['-i', dir])
    await fsp.chmod(dir, 0o755)
  }
  if (!(await canCreateFileIn(dir)) || (spawnSync('chattr', ['+i', dir]).status === 0 && !(await canCreateFileIn(dir)))) return undo
  await undo()
  return null
}

async function canCreateFileIn(dir: string): Promise<boolean> {
  const probe = `${dir}/.probe-${process.pid}`
  return fsp.writeFile(probe, '').then(
    () => fsp.unlink(probe).then(() => true),
    () => false,
  )
}
