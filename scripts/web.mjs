#!/usr/bin/env node
// `npm run web`: builds what is missing or stale, then starts browser mode, which prints its URL
// (with the per-run token). Arguments are passed through (e.g. --port 8080).
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { buildIfStale, root } from './build-if-stale.mjs'

try {
  buildIfStale()
} catch (error) {
  console.error(String(error))
  process.exit(1)
}
const server = spawn(process.execPath, [join(root, 'out/node/web.js'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
