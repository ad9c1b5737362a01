import { build } from 'esbuild'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '../..')

/**
 * Bundles a child process's entry into one plain-Node file in out/hardening/ (dependencies stay in
 * node_modules), so each of the hundreds of children a hardening test starts loads in tens of
 * milliseconds instead of compiling TypeScript: what the test times or kills is the store's work,
 * not a transpiler.
 */
export async function bundleChild(entry: string, name: string): Promise<string> {
  const outfile = join(ROOT, 'out/hardening', name)
  await build({
    entryPoints: [entry],
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
