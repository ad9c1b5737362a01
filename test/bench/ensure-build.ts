import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import type { SectionContext } from './section'

const OUTPUTS = ['out/renderer/index.html', 'out/node/web.js']
const INPUTS = ['src', 'package.json', 'electron.vite.config.ts', 'vite.node.config.ts']

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestMtime(join(path, entry))), stat.mtimeMs)
}

/**
 * Builds the renderer and the browser-mode server (`npm run build`) when they are missing or older
 * than the sources, so the browser figures measure the code in the tree. Build output goes to
 * stderr: stdout is the table. Returns whether a build ran.
 */
export function ensureBuilt(root: string): boolean {
  const builtAt = Math.min(...OUTPUTS.map((p) => (existsSync(join(root, p)) ? statSync(join(root, p)).mtimeMs : 0)))
  if (builtAt >= Math.max(...INPUTS.map((p) => newestMtime(join(root, p))))) return false
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', process.stderr, process.stderr] })
  if (build.status !== 0) throw new Error(`npm run build failed with status ${build.status}`)
  return true
}

/**
 * For a browser section: the renderer, built first when stale (said in the log), copied into a
 * fresh folder of the section's own, so the section can add pages beside it (the static
 * reference) without touching out/. Returns that folder and the copy inside it.
 */
export async function builtRendererCopy(ctx: SectionContext, section: string): Promise<{ tmp: string; rendererDir: string }> {
  if (ensureBuilt(ctx.root)) ctx.log(`${section}: built the renderer and server (npm run build)`)
  const tmp = await ctx.tempDir(section.replaceAll(' ', '-'))
  const rendererDir = join(tmp, 'renderer')
  await cp(join(ctx.root, 'out', 'renderer'), rendererDir, { recursive: true })
  return { tmp, rendererDir }
}
