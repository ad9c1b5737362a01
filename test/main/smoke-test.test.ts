import * as fsp from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Configuration } from 'electron-builder'
import type { Article } from '../../src/core/corpus/types'
import { channelOf, eventChannels } from '../../src/shared/channels'
import type { Result } from '../../src/shared/result'
import { judgeProbe, probeScript, SmokeTest, type SmokePage } from '../../src/main/smoke-test'
import { appFrame, createFakeElectron, FakeEmitter, flushPromises, type FakeElectron, type FakeWebContents } from './fake-electron'

const holder = vi.hoisted(() => ({ current: undefined as unknown }))
vi.mock('electron', async () => (await import('./fake-electron')).swappableElectron(() => holder.current))

/**
 * `--smoke-test` with `electron` faked: main runs as in the package (isPackaged, the seeds where the
 * electron-builder configuration puts them under process.resourcesPath), the test plays the page.
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const builderConfig = createRequire(import.meta.url)('../../electron-builder.config.cjs') as Configuration

const saved = { argv: process.argv, env: { ...process.env }, resourcesPath: (process as { resourcesPath?: string }).resourcesPath }
let resources: string

beforeEach(async () => {
  resources = await fsp.mkdtemp(join(tmpdir(), 'daftar-smoke-resources-'))
  process.argv = [...saved.argv.slice(0, 1), '--smoke-test']
  delete process.env['DAFTAR_DATA_DIR']
  delete process.env['DAFTAR_SMOKE_TIMEOUT']
  ;(process as { resourcesPath?: string }).resourcesPath = resources
})

afterEach(async () => {
  vi.restoreAllMocks()
  process.argv = saved.argv
  process.env = { ...saved.env }
  ;(process as { resourcesPath?: string }).resourcesPath = saved.resourcesPath
  await fsp.rm(resources, { recursive: true, force: true })
})

/** Lays out the package's resources folder as the configuration's extraResources say. */
async function packageResources(): Promise<void> {
  const extra = builderConfig.extraResources as { from: string; to: string }[]
  for (const { from, to } of extra) await fsp.cp(join(repoRoot, from), join(resources, to), { recursive: true })
}

/** Boots main as the packaged app started with --smoke-test, and makes it ready. */
async function boot(setup: (e: FakeElectron) => void = () => {}): Promise<FakeElectron> {
  vi.resetModules()
  const fake = createFakeElectron()
  fake.app.isPackaged = true
  holder.current = fake
  setup(fake)
  await import('../../src/main/index')
  fake.app.becomeReady()
  return fake
}

const exitCode = async (e: FakeElectron): Promise<number | undefined> => {
  await vi.waitFor(() => expect(e.app.exit).toHaveBeenCalled(), { timeout: 15_000 })
  return e.app.exit.mock.calls[0]?.[0]
}

/**
 * Plays the renderer: it shows an article once main has sent the deep link to it, by fetching it
 * over IPC as the page does, and answers the probe with that article's blocks as painted.
 */
function pageShowsLinkedArticles(e: FakeElectron, contents: FakeWebContents, paint: (article: Article) => unknown): void {
  contents.executeJavaScript.mockImplementation(async (code: string) => {
    const sent = contents.send.mock.calls.filter(([channel]) => channel === eventChannels.onOpenLink)
    const shown = sent.at(-1)?.[1] as { articleId: string } | undefined
    if (!shown || code !== probeScript(shown.articleId)) return null
    const answer = (await e.ipcMain.invoke(channelOf('getArticle'), appFrame(), shown.articleId)) as Result<Article>
    return answer.ok ? paint(answer.value) : null
  })
}

const asPainted = (article: Article) => article.blocks.filter((b) => b.kind !== 'title' && b.kind !== 'chrome').map((b) => ({ start: b.start, end: b.end, text: article.text.slice(b.start, b.end), height: 24 }))

async function windowOf(e: FakeElectron) {
  await vi.waitFor(() => expect(e.BrowserWindow.instances).toHaveLength(1), { timeout: 10_000 })
  return e.BrowserWindow.instances[0]!
}

describe('--smoke-test in the packaged app', () => {
  it('opens the first article of the packaged seeds, sees it painted, and exits 0', async () => {
    await packageResources()
    const out = vi.spyOn(console, 'log').mockImplementation(() => {})
    const e = await boot()
    const window = await windowOf(e)
    pageShowsLinkedArticles(e, window.webContents, asPainted)
    window.webContents.emit('did-finish-load')
    expect(await exitCode(e)).toBe(0)
    const library = (await e.ipcMain.invoke(channelOf('listLibrary'), appFrame())) as Result<{ articles: { id: string }[] }>
    const firstId = library.ok ? library.value.articles[0]?.id : undefined
    expect(window.webContents.send).toHaveBeenCalledWith(eventChannels.onOpenLink, { articleId: firstId })
    expect(out.mock.calls.flat().join('\n')).toMatch(new RegExp(`smoke test passed: .*\\(${firstId}\\) painted`))
  })

  it('runs over a temporary profile of its own, registers nothing with the OS, and removes the profile', async () => {
    await packageResources()
    vi.spyOn(console, 'log').mockImplementation(() => {})
    const e = await boot()
    const profile = e.app.setPath.mock.calls.find(([name]) => name === 'userData')?.[1]
    expect(profile).toMatch(/daftar-smoke-/)
    expect(e.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(e.app.requestSingleInstanceLock.mock.invocationCallOrder[0] ?? 0)
    const window = await windowOf(e)
    await expect(fsp.readdir(profile!)).resolves.toContain('daftar.lock') // the data folder is inside it
    pageShowsLinkedArticles(e, window.webContents, asPainted)
    window.webContents.emit('did-finish-load')
    expect(await exitCode(e)).toBe(0)
    expect(e.app.setAsDefaultProtocolClient).not.toHaveBeenCalled()
    await expect(fsp.stat(profile!)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('fails when the seeds are not where the package puts them', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {})
    const e = await boot()
    expect(await exitCode(e)).toBe(1)
    expect(err.mock.calls.flat().join('\n')).toMatch(/FAILED: Daftar could not start: .*ENOENT.*seeds/)
  })

  it('fails when the packaged seeds folder holds no article', async () => {
    await fsp.mkdir(join(resources, 'seeds'))
    const err = vi.spyOn(console, 'error').mockImplementation(() => {})
    const e = await boot()
    expect(await exitCode(e)).toBe(1)
    expect(err.mock.calls.flat().join('\n')).toMatch(/FAILED: no article was loaded: the library is empty/)
  })

  it('fails with the reason when the page shows other text than the article', async () => {
    await packageResources()
    const err = vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'log').mockImplementation(() => {})
    process.env['DAFTAR_SMOKE_TIMEOUT'] = '2'
    const e = await boot()
    const window = await windowOf(e)
    pageShowsLinkedArticles(e, window.webContents, (article) => asPainted(article).map((b) => ({ ...b, text: b.text.replaceAll(' ', '') })))
    window.webContents.emit('did-finish-load')
    expect(await exitCode(e)).toBe(1)
    expect(err.mock.calls.flat().join('\n')).toMatch(/FAILED: the first article was not painted within 2 s \(last seen: the block at \d+–\d+ does not show the article's text\)/)
  })

  it('fails at once when the page does not load, and shows no dialog', async () => {
    await packageResources()
    const err = vi.spyOn(console, 'error').mockImplementation(() => {})
    const e = await boot()
    const window = await windowOf(e)
    window.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://daftar/index.html', true)
    expect(await exitCode(e)).toBe(1)
    expect(err.mock.calls.flat().join('\n')).toMatch(/FAILED: the page did not load: ERR_FILE_NOT_FOUND/)
    expect(e.dialog.showErrorBox).not.toHaveBeenCalled()
  })

  it('fails without a dialog when the data folder cannot be opened', async () => {
    await packageResources()
    const dataDir = await fsp.mkdtemp(join(tmpdir(), 'daftar-smoke-locked-'))
    await fsp.writeFile(join(dataDir, 'daftar.lock'), String(process.ppid)) // a live process holds it
    process.env['DAFTAR_DATA_DIR'] = dataDir
    const err = vi.spyOn(console, 'error').mockImplementation(() => {})
    const e = await boot()
    expect(await exitCode(e)).toBe(1)
    expect(err.mock.calls.flat().join('\n')).toMatch(/FAILED: Another Daftar/)
    expect(e.dialog.showErrorBox).not.toHaveBeenCalled()
    expect(e.BrowserWindow.instances).toHaveLength(0)
    await fsp.rm(dataDir, { recursive: true, force: true })
  })

  it('is off without the flag: the app registers as the link handler and never exits by itself', async () => {
    process.argv = saved.argv.slice(0, 1)
    await packageResources()
    const e = await boot()
    await windowOf(e)
    await flushPromises()
    expect(e.app.setAsDefaultProtocolClient).toHaveBeenCalledWith('daftar')
    expect(e.app.setPath).not.toHaveBeenCalled()
    expect(e.BrowserWindow.instances[0]?.webContents.executeJavaScript).not.toHaveBeenCalled()
    expect(e.app.exit).not.toHaveBeenCalled()
    e.app.emit('will-quit', { preventDefault: () => {} })
  })
})

describe('judging what the page shows', () => {
  const article = { text: 'عنوان\nفقرة أولى عن Meta.\n\nفقرة ثانية.' }
  const first = { start: 6, end: 24, text: 'فقرة أولى عن Meta.', height: 30 }

  it('passes the article body shown with its own text at its offsets, taking room on screen', () => {
    expect(judgeProbe(article, [first, { start: 26, end: 37, text: 'فقرة ثانية.', height: 30 }])).toEqual({ painted: true })
  })

  it.each([
    ['nothing on screen', null, /not on screen/],
    ['a body without blocks', [], /no body blocks/],
    ['text that differs from the article', [{ ...first, text: 'فقرة أولى عن Meta' }], /does not show the article's text/],
    ['text with no height (not laid out)', [{ ...first, height: 0 }], /no text takes room/],
    ['an unexpected answer', [{ start: '6' }], /unexpected/],
  ])('does not pass %s', (_what, seen, why) => {
    const verdict = judgeProbe(article, seen)
    expect(verdict.painted).toBe(false)
    expect(verdict.painted ? '' : verdict.why).toMatch(why)
  })
})

describe('one smoke run', () => {
  class Page extends FakeEmitter implements SmokePage {
    readonly executeJavaScript = vi.fn(async (_code: string): Promise<unknown> => null)
  }
  const article = { id: 'a', text: 'نص', meta: { title: 'T' }, blocks: [] } as unknown as Article

  it('exits once, with the first verdict, even when more failures follow', async () => {
    const exit = vi.fn()
    const run = new SmokeTest({ timeoutMs: 60_000, exit, out: () => {}, err: () => {} })
    const page = new Page()
    run.watch(page, article)
    page.emit('render-process-gone', {}, { reason: 'crashed' })
    page.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://daftar/index.html', true)
    await flushPromises()
    expect(exit.mock.calls).toEqual([[1]])
    expect(run.done).toBe(true)
  })

  it('ignores an aborted navigation and a subframe that fails', async () => {
    const exit = vi.fn()
    const run = new SmokeTest({ timeoutMs: 60_000, exit, out: () => {}, err: () => {} })
    const page = new Page()
    run.watch(page, article)
    page.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'app://daftar/index.html', true)
    page.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://daftar/frame.html', false)
    await flushPromises()
    expect(exit).not.toHaveBeenCalled()
    await run.fail('ended by the test')
  })

  it('fails when the page cannot be read', async () => {
    const exit = vi.fn()
    const lines: string[] = []
    const run = new SmokeTest({ timeoutMs: 60_000, exit, out: () => {}, err: (line) => lines.push(line) })
    const page = new Page()
    page.executeJavaScript.mockRejectedValue(new Error('Script failed to execute'))
    run.watch(page, article)
    page.emit('did-finish-load')
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(1))
    expect(lines.join('\n')).toMatch(/could not be read: Error: Script failed to execute/)
  })
})
