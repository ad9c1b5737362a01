import * as fsp from 'node:fs/promises'

/**
 * The file operations durable writes need. Production uses node:fs/promises; tests inject faults
 * (ENOSPC, EIO, EPERM on rename, …) through this seam.
 */
export interface DurableFs {
  open: typeof fsp.open
  rename: typeof fsp.rename
  unlink: typeof fsp.unlink
  readFile: typeof fsp.readFile
}

export const nodeDurableFs: DurableFs = {
  open: fsp.open,
  rename: fsp.rename,
  unlink: fsp.unlink,
  readFile: fsp.readFile,
}
