import { resolve } from 'node:path'
import { openBackend } from '../backend/backend'
import { resolveDataDir } from '../hosts/data-dir'
import { createHandlers } from '../backend/handlers'
import { defaultUserDataDir } from '../hosts/paths'
import { startWebServer } from './server'

/**
 * `npm run web`: browser mode. Prints one line with the URL (the per-run token in its fragment) and
 * serves until interrupted. Flags: --port N (or DAFTAR_PORT); folders: DAFTAR_DATA_DIR,
 * DAFTAR_SEEDS_DIR, DAFTAR_RENDERER_DIR (defaults: the app's user-data folder, ./seeds, ./out/renderer).
 */
function parsePort(argv: string[], env: NodeJS.ProcessEnv): number {
  const at = argv.indexOf('--port')
  const raw = at >= 0 ? argv[at + 1] : env['DAFTAR_PORT']
  if (raw === undefined || raw === '') return 0
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be an integer from 0 to 65535, got "${raw}"`)
  return port
}

async function main(): Promise<void> {
  const root = process.cwd()
  const env = process.env
  const port = parsePort(process.argv.slice(2), env)
  const backend = await openBackend({
    discovery: 'auto',
    dataDir: resolveDataDir(defaultUserDataDir(env), env),
    seedsDir: env['DAFTAR_SEEDS_DIR'] ?? resolve(root, 'seeds'),
  })
  const server = await startWebServer({
    handlers: createHandlers(backend),
    rendererDir: env['DAFTAR_RENDERER_DIR'] ?? resolve(root, 'out', 'renderer'),
    port,
  })
  console.log(`Daftar browser mode: ${server.url}`)
  const stop = async (): Promise<void> => {
    await server.close()
    await backend.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

main().catch((error: unknown) => {
  console.error(`Daftar browser mode could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
