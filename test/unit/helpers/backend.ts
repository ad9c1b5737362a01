import { join } from 'node:path'
import { afterEach } from 'vitest'
import { openBackend, type Backend, type BackendOptions } from '../../../src/backend/backend'
import { createHandlers, type Handlers } from '../../../src/backend/handlers'
// Evaluated before this module's own afterEach below, so the folder removal is registered first:
// vitest runs after-hooks in reverse order, so every backend is closed (and has written its
// caches) before its folder is removed.
import './temp-dir'

/** The bundled corpus: five articles. */
export const SEEDS_DIR = join(process.cwd(), 'seeds')
export const SEED_IDS = ['000_fcf6e2d5e2034c53', '001_acbe007552a08bad', '002_ac22526983ea9195', '003_5733bacec403bece', '004_b38019a071557b20']

const opened: Backend[] = []

afterEach(async () => {
  for (const backend of opened.splice(0)) await backend.close()
})

/** Opens a backend (closed after the test) and the handlers over it. */
export async function openHandlers(options: BackendOptions): Promise<{ backend: Backend; handlers: Handlers }> {
  const backend = await openBackend(options)
  opened.push(backend)
  return { backend, handlers: createHandlers(backend) }
}

/** Closes a backend early (to reopen its folder) without closing it twice. */
export async function closeBackend(backend: Backend): Promise<void> {
  const at = opened.indexOf(backend)
  if (at >= 0) opened.splice(at, 1)
  await backend.close()
}

export { valueOf } from '../../support/result'
