import * as fsp from 'node:fs/promises'
import { join } from 'node:path'

/**
 * The corpus-load reference: exactly the loader's file work (list, filter, sort, readFile with the
 * same 32 reads in flight) and nothing else, so load time minus this is the parsing overhead.
 * Keep CONCURRENCY equal to the one in src/backend/library/corpus-loader.ts.
 */
export const LOADER_CONCURRENCY = 32

export async function readAllFiles(dir: string, concurrency = LOADER_CONCURRENCY): Promise<{ files: number; bytes: number }> {
  const names = (await fsp.readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort()
  let next = 0
  let bytes = 0
  const worker = async (): Promise<void> => {
    while (next < names.length) {
      const name = names[next++] as string
      const content = await fsp.readFile(join(dir, name))
      bytes += content.length
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, names.length) }, worker))
  return { files: names.length, bytes }
}
