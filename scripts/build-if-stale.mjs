// Builds the renderer and the plain-Node entries when they are missing or older than the sources.
// Used by `npm run web` and by the e2e suite's global setup.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

export const root = new URL('..', import.meta.url).pathname
const OUTPUTS = ['out/renderer/index.html', 'out/node/web.js', 'out/node/cli.js', 'out/main/index.js', 'out/preload/index.cjs']
// Written once from its npm package (build-word-list.mjs keeps it while the package is unchanged), so
// only its absence asks for a build: by age it would be older than every later change to src.
const WORD_LIST = 'out/dictionary/ar-words.btrie'
const INPUTS = ['src', 'resources', 'electron.vite.config.ts', 'vite.node.config.ts', 'package.json']

function newestMtime(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

/** Whether the project at `dir` (default: this one) needs `npm run build`. */
export function isStale(dir = root) {
  const builtAt = Math.min(...OUTPUTS.map((p) => join(dir, p)).map((p) => (existsSync(p) ? statSync(p).mtimeMs : 0)))
  const inputs = INPUTS.map((p) => join(dir, p)).filter(existsSync)
  return !existsSync(join(dir, WORD_LIST)) || builtAt < Math.max(...inputs.map(newestMtime))
}

export function buildIfStale() {
  if (!isStale()) return
  console.error('Daftar: building the renderer and the browser-mode server…')
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] })
  if (build.status !== 0) throw new Error(`npm run build failed with status ${build.status}`)
}
