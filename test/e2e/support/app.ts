import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { openBackend, type Backend } from '../../../src/backend/backend'
import { createHandlers } from '../../../src/backend/handlers'
import { startWebServer, type WebServer } from '../../../src/web/server'

export const ROOT = resolve(import.meta.dirname, '../../..')
export const RENDERER_DIR = join(ROOT, 'out/renderer')
export const SEEDS_DIR = join(ROOT, 'seeds')

export interface RunningApp {
  url: string
  dataDir: string
  server: WebServer
  backend: Backend
  /** Stops the server and releases the data folder, keeping the folder (a restart reopens it). */
  stop(): Promise<void>
  /** Stops and deletes the data folder. */
  dispose(): Promise<void>
}

export const tempDir = (label: string): string => mkdtempSync(join(tmpdir(), `daftar-e2e-${label}-`))

/** Browser mode exactly as `npm run web` runs it: real backend, real store files, the built renderer. */
/** `discovery: 'auto'` runs the library-wide discovery pass in the background, as `npm run web` does. */
export async function startApp(options: { dataDir?: string; seedsDir?: string; discovery?: 'auto' | 'manual' } = {}): Promise<RunningApp> {
  const dataDir = options.dataDir ?? tempDir('data')
  const backend = await openBackend({ dataDir, seedsDir: options.seedsDir ?? SEEDS_DIR, ...(options.discovery ? { discovery: options.discovery } : {}) })
  const server = await startWebServer({ handlers: createHandlers(backend), rendererDir: RENDERER_DIR })
  const stop = async (): Promise<void> => {
    await server.close()
    await backend.close()
  }
  return {
    url: server.url,
    dataDir,
    server,
    backend,
    stop,
    dispose: async () => {
      await stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Opens the app and waits until an article body is on screen. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.waitForSelector('.article-body .block')
}

export const SEED_IDS = ['000_fcf6e2d5e2034c53', '001_acbe007552a08bad', '002_ac22526983ea9195', '003_5733bacec403bece', '004_b38019a071557b20'] as const

export async function openArticle(page: Page, id: string): Promise<void> {
  await page.click(`.library-button[data-article-id="${id}"]`)
  await page.waitForSelector(`article[data-article-id="${id}"] .article-body .block`)
}
