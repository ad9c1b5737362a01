import * as fsp from 'node:fs/promises'
import { join } from 'node:path'

export { valueOf } from '../support/result'

/** Every temp file a durable write could leave (`.<name>.<pid>.<random>.tmp`) anywhere under `dir`. */
export async function tempFilesUnder(dir: string): Promise<string[]> {
  // A writer killed before it made its folder leaves none: no folder, no temp files.
  const entries = await fsp.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries.filter((e) => e.isFile() && e.name.startsWith('.') && e.name.endsWith('.tmp')).map((e) => join(e.parentPath, e.name))
}
