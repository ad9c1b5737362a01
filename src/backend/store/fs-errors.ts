/** Turns Node file-system errors into one clear sentence for the user. */
const PHRASES: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exhausted',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the folder is on a read-only file system',
  EIO: 'the disk reported an input/output error',
  EBUSY: 'the file is busy (another program holds it)',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  EMFILE: 'too many files are open',
  EXDEV: 'the file cannot be moved across disks',
}

export const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined

export function describeFsError(action: string, path: string, error: unknown): Error {
  const code = errorCode(error)
  const phrase = (code && PHRASES[code]) ?? (error instanceof Error ? error.message : String(error))
  const described = new Error(`Could not ${action} ${path}: ${phrase}${code ? ` (${code})` : ''}`)
  Object.assign(described, { code, cause: error })
  return described
}
