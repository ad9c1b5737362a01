import { build } from 'esbuild'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '../../..')

/**
 * Bundles the writer into one plain-Node file (dependencies stay in node_modules), so each of the
 * hundreds of child processes starts in tens of milliseconds instead of compiling TypeScript: the
 * kill lands in the store's work, not in a transpiler.
 */
export async function bundleWriter(): Promise<string> {
  const outfile = join(ROOT, 'out/hardening/crash-writer.mjs')
  await build({
    entryPoints: [join(import.meta.dirname, 'writer.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  })
  return outfile
}
