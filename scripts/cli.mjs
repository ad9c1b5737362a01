#!/usr/bin/env node
// `npm run cli -- …`: builds what is missing or stale, then runs the briefing CLI (out/node/cli.js)
// with the arguments given, and exits with its code (0 done, 2 bad arguments, 1 failure).
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { buildIfStale, root } from './build-if-stale.mjs'

try {
  buildIfStale()
} catch (error) {
  console.error(`daftar: ${String(error)}`)
  process.exit(1)
}
const run = spawnSync(process.execPath, [join(root, 'out/node/cli.js'), ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(run.status ?? 1)
