// Builds the renderer and the plain-Node entries when they are missing or older than the sources.
// Used by `npm run web` and by the e2e suite's global setup.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

export const root = new URL('..', import.meta.url).pathname
const outputs = ['out/renderer/index.html', 'out/node/web.js', 'out/node/cli.js', 'out/main/index.js', 'out/preload/index.cjs', 'out/dictionary/ar-words.btrie'].map((p) => join(root, p))
const inputs = ['src', 'resources', 'electron.vite.config.ts', 'vite.node.config.ts', 'package.json'].map((p) => join(root, p))

function newestMtime(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

export function isStale() {
  const builtAt = Math.min(...outputs.map((p) => (existsSync(p) ? statSync(p).mtimeMs : 0)))
  return builtAt < Math.max(...inputs.map(newestMtime))
}

export function buildIfStale() {
  if (!isStale()) return
  console.error('Daftar: building the renderer and the browser-mode server…')
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] })
  if (build.status !== 0) throw new Error(`npm run build failed with status ${build.status}`)
}
