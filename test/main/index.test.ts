import * as fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BrowserWindowConstructorOptions } from 'electron'
import { apiMethods, channelOf, eventChannels } from '../../src/shared/channels'
import type { Result } from '../../src/shared/result'
import { appFrame, createFakeElectron, FakeWebContents, fakeEvent, flushPromises, subFrame, type FakeElectron } from './fake-electron'

const holder = vi.hoisted(() => ({ current: undefined as unknown }))
vi.mock('electron', async () => (await import('./fake-electron')).swappableElectron(() => holder.current))

/**
 * The shell end to end with `electron` faked: src/main/index.ts is imported as Electron would run
 * it, the test plays Electron (the lock answer, `whenReady`, events, IPC calls), and the real
 * backend opens the repo's seeds/ over a temporary data folder (DAFTAR_DATA_DIR).
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const seedCount = (await fsp.readdir(join(repoRoot, 'seeds'))).filter((f) => f.endsWith('.txt')).length

let dataDir: string
const savedEnv = { data: process.env['DAFTAR_DATA_DIR'], renderer: process.env['ELECTRON_RENDERER_URL'] }
const savedResourcesPath = (process as { resourcesPath?: string }).resourcesPath
let electron: FakeElectron | undefined

const restore = (name: string, value: string | undefined): void => {
  if (value === undefined) delete process.env[name]
  else process.env[name] = value
}

beforeEach(async () => {
  dataDir = await fsp.mkdtemp(join(tmpdir(), 'daftar-main-'))
  process.env['DAFTAR_DATA_DIR'] = dataDir
  delete process.env['ELECTRON_RENDERER_URL']
})

afterEach(async () => {
  // Let a started shell close its backend (releases the data-folder lock) before the folder goes.
  electron?.app.emit('will-quit', { preventDefault: () => {} })
  await flushPromises()
  electron = undefined
  restore('DAFTAR_DATA_DIR', savedEnv.data)
  restore('ELECTRON_RENDERER_URL', savedEnv.renderer)
  ;(process as { resourcesPath?: string }).resourcesPath = savedResourcesPath
  // The backend's discovery thread may still be ending (it writes the word list's cache when run
  // from the sources): retry the removal rather than race it.
  await fsp.rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 })
})

/** Imports main afresh over fresh fakes; `setup` plays Electron before main's first line runs. */
async function boot(setup: (e: FakeElectron) => void = () => {}): Promise<FakeElectron> {
  vi.resetModules()
  const fake = createFakeElectron()
  holder.current = fake
  setup(fake)
  electron = fake
  await import('../../src/main/index')
  return fake
}

/** Boots, makes the app ready, and waits for the window. */
async function start(setup?: (e: FakeElectron) => void) {
  const e = await boot(setup)
  e.app.becomeReady()
  await vi.waitFor(() => expect(e.BrowserWindow.instances).toHaveLength(1), { timeout: 10_000 })
  const window = e.BrowserWindow.instances[0]!
  return { e, window, options: window.options as BrowserWindowConstructorOptions }
}

const call = (e: FakeElectron, method: (typeof apiMethods)[number], frame: ReturnType<typeof appFrame> | null, ...args: unknown[]) =>
  e.ipcMain.invoke(channelOf(method), frame, ...args) as Promise<Result<unknown>>

describe('main: before the app is ready', () => {
  it('registers app:// as a privileged (standard, secure) scheme, before asking for the lock', async () => {
    const e = await boot()
    expect(e.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1)
    const [schemes] = e.protocol.registerSchemesAsPrivileged.mock.calls[0] as [
      Array<{ scheme: string; privileges: Record<string, boolean> }>,
    ]
    expect(schemes.map((s) => s.scheme)).toEqual(['app'])
    expect(schemes[0]?.privileges).toMatchObject({ standard: true, secure: true })
    expect(e.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(
      e.app.requestSingleInstanceLock.mock.invocationCallOrder[0] ?? 0,
    )
  })

  it('asks for the single-instance lock', async () => {
    const e = await boot()
    expect(e.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1)
    expect(e.app.quit).not.toHaveBeenCalled()
  })

  it('hardens every web contents from the start: web-contents-created is wired before ready', async () => {
    const e = await boot()
    expect(e.app.listenerCount('web-contents-created')).toBe(1)
    expect(e.BrowserWindow.instances).toHaveLength(0)
  })

  it('opens no window, no IPC and no protocol before ready', async () => {
    const e = await boot()
    expect(e.ipcMain.handle).not.toHaveBeenCalled()
    expect(e.protocol.handle).not.toHaveBeenCalled()
    expect(e.BrowserWindow.instances).toHaveLength(0)
  })
})

describe('main: when another instance holds the lock', () => {
  it('quits at once and sets nothing up', async () => {
    const e = await boot((e) => e.app.requestSingleInstanceLock.mockReturnValue(false))
    expect(e.app.quit).toHaveBeenCalled()
    expect(e.app.whenReady).not.toHaveBeenCalled()
    expect(e.app.listenerCount('web-contents-created')).toBe(0)
    e.app.becomeReady()
    await flushPromises()
    expect(e.ipcMain.handle).not.toHaveBeenCalled()
    expect(e.BrowserWindow.instances).toHaveLength(0)
    await expect(fsp.readdir(dataDir)).resolves.toEqual([]) // the data folder was not touched
  })
})

describe('main: once ready', () => {
  it('denies every permission on the default session', async () => {
    const { e } = await start()
    const session = e.session.defaultSession
    expect(session.setPermissionRequestHandler).toHaveBeenCalledTimes(1)
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void
    const callback = vi.fn()
    request({}, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect((session.setPermissionCheckHandler.mock.calls[0]?.[0] as () => boolean)()).toBe(false)
  })

  it('installs its own menu in the interface language, and re-labels it when the language changes', async () => {
    const { e } = await start()
    const installed = (): string[] => {
      const menu = e.Menu.setApplicationMenu.mock.calls.at(-1)?.[0] as { template: { label?: string }[] }
      return menu.template.map((m) => m.label ?? '')
    }
    expect(e.Menu.setApplicationMenu).toHaveBeenCalledTimes(1)
    expect(installed()).toContain('تحرير')
    expect((await call(e, 'updateSettings', appFrame(), { locale: 'en' })).ok).toBe(true)
    expect(installed()).toContain('Edit')
    // Another setting leaves the menu as it is.
    expect((await call(e, 'updateSettings', appFrame(), { fontSize: 22 })).ok).toBe(true)
    expect(e.Menu.setApplicationMenu).toHaveBeenCalledTimes(2)
  })

  it('registers one IPC handler per API method', async () => {
    const { e } = await start()
    expect(e.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(apiMethods.map(channelOf).sort())
  })

  it('serves the renderer on app:// and loads app://daftar/index.html in the secure window', async () => {
    const { e, window, options } = await start()
    expect(e.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(window.loadURL).toHaveBeenCalledWith('app://daftar/index.html')
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true })
    expect(options.webPreferences?.preload?.replaceAll('\\', '/')).toMatch(/\/preload\/index\.cjs$/)
  })

  it('has permissions, IPC and the protocol in place before the window loads anything', async () => {
    const { e, window } = await start()
    const load = window.loadURL.mock.invocationCallOrder[0] ?? 0
    expect(e.session.defaultSession.setPermissionRequestHandler.mock.invocationCallOrder[0]).toBeLessThan(load)
    for (const order of e.ipcMain.handle.mock.invocationCallOrder) expect(order).toBeLessThan(load)
    expect(e.protocol.handle.mock.invocationCallOrder[0]).toBeLessThan(load)
  })

  it('answers the app page over IPC from the real backend (seeds/ over the temp data folder)', async () => {
    const { e } = await start()
    const library = await call(e, 'listLibrary', appFrame())
    expect(library.ok).toBe(true)
    expect((library as { value: { articles: unknown[] } }).value.articles).toHaveLength(seedCount)
    const report = await call(e, 'getStartupReport', appFrame('app://daftar/index.html#/article/x'))
    expect(report).toMatchObject({ ok: true, value: { dataDir } })
  })

  it.each([
    ['a subframe of the app page', subFrame()],
    ['another site', appFrame('https://evil.example/')],
    ['a look-alike app:// host', appFrame('app://daftar.evil.example/index.html')],
    ['a file: page', appFrame('file:///tmp/evil.html')],
    ['a vanished frame', null],
  ])('refuses IPC from %s', async (_what, frame) => {
    const { e } = await start()
    await expect(call(e, 'listLibrary', frame)).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('validates the payload of a trusted call', async () => {
    const { e } = await start()
    await expect(call(e, 'getArticle', appFrame(), '../../etc/passwd')).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    })
    await expect(call(e, 'updateSettings', appFrame(), { __proto__: { polluted: true }, unknownKey: 1 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    })
  })

  it('keeps web contents on the app: navigation elsewhere is vetoed, within the app allowed', async () => {
    const { e } = await start()
    const contents = new FakeWebContents()
    e.app.emit('web-contents-created', fakeEvent(), contents)
    const away = fakeEvent({ url: 'https://evil.example/' })
    contents.emit('will-navigate', away, 'https://evil.example/')
    expect(away.preventDefault).toHaveBeenCalled()
    const within = fakeEvent({ url: 'app://daftar/index.html' })
    contents.emit('will-navigate', within, 'app://daftar/index.html')
    expect(within.preventDefault).not.toHaveBeenCalled()
    const webview = fakeEvent()
    contents.emit('will-attach-webview', webview, {}, {})
    expect(webview.preventDefault).toHaveBeenCalled()
  })

  describe('links that leave the app', () => {
    async function opened(url: string, response: number) {
      const { e } = await start()
      e.dialog.showMessageBox.mockResolvedValue({ response, checkboxChecked: false })
      const contents = new FakeWebContents()
      e.app.emit('web-contents-created', fakeEvent(), contents)
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' })
      await flushPromises() // the handler answers at once; asking and opening happen after
      return e
    }

    it('asks the user, with Cancel as the default answer, showing the URL', async () => {
      const e = await opened('https://example.com/story', 1)
      expect(e.dialog.showMessageBox).toHaveBeenCalledTimes(1)
      const options = e.dialog.showMessageBox.mock.calls[0]?.[0] as {
        defaultId: number
        cancelId: number
        buttons: string[]
        detail: string
      }
      expect(options.detail).toBe('https://example.com/story')
      expect(options.defaultId).toBe(options.cancelId)
      expect(options.buttons[options.cancelId]).toMatch(/Cancel/)
    })

    it('opens nothing when the user cancels', async () => {
      const e = await opened('https://example.com/story', 1)
      expect(e.shell.openExternal).not.toHaveBeenCalled()
    })

    it('opens the link in the system browser when the user agrees', async () => {
      const e = await opened('https://example.com/story', 0)
      expect(e.shell.openExternal).toHaveBeenCalledWith('https://example.com/story')
    })

    it('neither asks nor opens for a file: link', async () => {
      const e = await opened('file:///etc/passwd', 0)
      expect(e.dialog.showMessageBox).not.toHaveBeenCalled()
      expect(e.shell.openExternal).not.toHaveBeenCalled()
    })
  })

  it('brings the window back when a second instance starts', async () => {
    const { e, window } = await start()
    window.isMinimized.mockReturnValue(true)
    e.app.emit('second-instance')
    expect(window.restore).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
  })

  it('quits when the window closes and releases the data-folder lock on quit', async () => {
    const { e } = await start()
    await expect(fsp.readdir(dataDir)).resolves.toContain('daftar.lock')
    e.app.emit('window-all-closed')
    expect(e.app.quit).toHaveBeenCalled()
    e.app.emit('will-quit', { preventDefault: () => {} })
    // Released once the backend has closed, the search worker's database included (that worker
    // starts with the app, from TypeScript sources here: a second or more on a loaded machine).
    await vi.waitFor(async () => expect(await fsp.readdir(dataDir)).not.toContain('daftar.lock'), { timeout: 10_000 })
  })
})

describe('main: when the data folder is in use by another running Daftar', () => {
  it('says so and quits, without a window or IPC', async () => {
    await fsp.writeFile(join(dataDir, 'daftar.lock'), String(process.ppid))
    const e = await boot()
    e.app.becomeReady()
    await vi.waitFor(() => expect(e.dialog.showErrorBox).toHaveBeenCalled(), { timeout: 10_000 })
    expect(String(e.dialog.showErrorBox.mock.calls[0]?.[1])).toMatch(/Another Daftar/)
    expect(e.app.quit).toHaveBeenCalled()
    expect(e.ipcMain.handle).not.toHaveBeenCalled()
    expect(e.BrowserWindow.instances).toHaveLength(0)
  })
})

describe('main: the dev server URL', () => {
  it('is used, and trusted, only in an unpackaged app', async () => {
    const { e, window } = await start(() => {
      process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173'
    })
    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173')
    await expect(call(e, 'getSettings', appFrame('http://localhost:5173/'))).resolves.toMatchObject({ ok: true })
    await expect(call(e, 'getSettings', appFrame('http://localhost:5174/'))).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
  })

  it('is ignored by a packaged app, which neither loads nor trusts it', async () => {
    ;(process as { resourcesPath?: string }).resourcesPath = repoRoot
    const { e, window } = await start((e) => {
      e.app.isPackaged = true
      process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173'
    })
    expect(window.loadURL).toHaveBeenCalledWith('app://daftar/index.html')
    await expect(call(e, 'getSettings', appFrame('http://localhost:5173/'))).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    await expect(call(e, 'getSettings', appFrame())).resolves.toMatchObject({ ok: true })
  })
})

describe('main: daftar:// deep links', () => {
  const savedArgv = process.argv
  afterEach(() => {
    process.argv = savedArgv
  })

  it('registers the app as the daftar: protocol handler', async () => {
    const e = await boot()
    expect(e.app.setAsDefaultProtocolClient).toHaveBeenCalledTimes(1)
    expect(e.app.setAsDefaultProtocolClient.mock.calls[0]?.[0]).toBe('daftar')
  })

  it('opens the link it was started with, once the page has loaded', async () => {
    process.argv = [...savedArgv.slice(0, 2), 'daftar://article/001_acbe007552a08bad?start=10&end=40']
    const { window } = await start()
    expect(window.webContents.send).not.toHaveBeenCalled()
    window.webContents.emit('did-finish-load')
    expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith(eventChannels.onOpenLink, {
      articleId: '001_acbe007552a08bad',
      range: { start: 10, end: 40 },
    })
  })

  it('takes a link from a second instance’s arguments, and brings the window back', async () => {
    const { e, window } = await start()
    window.webContents.emit('did-finish-load')
    e.app.emit('second-instance', fakeEvent(), ['/usr/bin/daftar', 'daftar://article/002_ac22526983ea9195?start=1&end=2'])
    expect(window.webContents.send).toHaveBeenCalledWith(eventChannels.onOpenLink, {
      articleId: '002_ac22526983ea9195',
      range: { start: 1, end: 2 },
    })
    expect(window.focus).toHaveBeenCalled()
  })

  it('takes macOS open-url, even before ready, and drops what is not a deep link', async () => {
    const e = await boot()
    const early = fakeEvent()
    e.app.emit('open-url', early, 'daftar://article/003_5733bacec403bece')
    expect(early.preventDefault).toHaveBeenCalled()
    e.app.emit('open-url', fakeEvent(), 'daftar://article/x?start=5&end=1')
    e.app.becomeReady()
    await vi.waitFor(() => expect(e.BrowserWindow.instances).toHaveLength(1), { timeout: 10_000 })
    const window = e.BrowserWindow.instances[0]!
    window.webContents.emit('did-finish-load')
    expect(window.webContents.send.mock.calls).toEqual([[eventChannels.onOpenLink, { articleId: '003_5733bacec403bece' }]])
  })
})

describe('main: saving a briefing', () => {
  const scope = { kind: 'entities', entityIds: ['mark-zuckerberg'] }
  const options = { lang: 'ar', sections: { entities: true, articles: false, sources: true } }

  it('asks where with the system save dialog (overwrite confirmed by it), and writes there', async () => {
    const { e, window } = await start()
    const target = join(dataDir, 'out.md')
    e.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    const saved = await call(e, 'saveBriefing', appFrame(), scope, options)
    expect(saved).toMatchObject({ ok: true, value: { kind: 'saved', path: target } })
    const [parent, dialogOptions] = e.dialog.showSaveDialog.mock.calls[0] as [unknown, { defaultPath: string; properties: string[] }]
    expect(parent).toBe(window)
    expect(dialogOptions.defaultPath).toMatch(/إحاطة - مارك زوكربيرغ\.md$/)
    expect(dialogOptions.properties).toContain('showOverwriteConfirmation')
    expect(await fsp.readFile(target, 'utf8')).toMatch(/^<div dir="rtl">\n\n# إحاطة: مارك زوكربيرغ/)
  })

  it('offers the folder the last briefing went to, next time in the session', async () => {
    const { e } = await start()
    const folder = await fsp.mkdtemp(join(dataDir, 'briefings-'))
    e.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(folder, 'first.md') })
    expect(await call(e, 'saveBriefing', appFrame(), scope, options)).toMatchObject({ ok: true, value: { kind: 'saved' } })
    await call(e, 'saveBriefing', appFrame(), scope, options) // cancelled: the folder stays
    await call(e, 'saveBriefing', appFrame(), scope, options)
    const offered = e.dialog.showSaveDialog.mock.calls.map((c) => (c[1] as { defaultPath: string }).defaultPath)
    expect(offered[0]?.startsWith(folder)).toBe(false)
    expect(offered[1]).toBe(join(folder, 'إحاطة - مارك زوكربيرغ.md'))
    expect(offered[2]).toBe(join(folder, 'إحاطة - مارك زوكربيرغ.md'))
  })

  it('writes nothing when the user cancels', async () => {
    const { e } = await start()
    await expect(call(e, 'saveBriefing', appFrame(), scope, options)).resolves.toEqual({ ok: true, value: { kind: 'cancelled' } })
  })
})
