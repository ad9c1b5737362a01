import * as fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { vi } from 'vitest'
import { contentTypeOf } from '../../src/hosts/static-files'

/**
 * Hand-made stand-ins for the parts of `electron` the shell touches. The binary cannot run here, so
 * each fake records what the code under test asked of it (constructor options, listeners, handlers)
 * and lets the test play Electron's part (emit an event, invoke a channel, resolve whenReady).
 *
 * Use from a test file:
 *   vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron())
 *   const electron = (await import('electron')) as unknown as FakeElectron
 * (vi.resetModules() does not re-run the factory: a test that re-imports main uses swappableElectron.)
 */

type AnyListener = (...args: never[]) => unknown
type Called = (...args: unknown[]) => unknown

export class FakeEmitter {
  readonly listeners = new Map<string, Called[]>()

  on(event: string, listener: AnyListener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as Called])
    return this
  }

  once(event: string, listener: AnyListener): this {
    const wrapped: Called = (...args) => {
      this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== wrapped))
      return (listener as Called)(...args)
    }
    return this.on(event, wrapped)
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0
  }

  /** Calls every listener of `event` as Electron would; returns what they returned. */
  emit(event: string, ...args: unknown[]): unknown[] {
    return [...(this.listeners.get(event) ?? [])].map((listener) => listener(...args))
  }
}

/** An Electron-style event: records whether a listener vetoed it. */
export function fakeEvent<T extends object>(fields: T = {} as T): T & { preventDefault: ReturnType<typeof vi.fn>; defaultPrevented(): boolean } {
  const preventDefault = vi.fn()
  return { ...fields, preventDefault, defaultPrevented: () => preventDefault.mock.calls.length > 0 }
}

export type WindowOpenHandler = (details: { url: string; frameName?: string; disposition?: string }) => { action: string }

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: WindowOpenHandler | undefined
  /** Messages main sent to the page (events such as a deep link). */
  readonly send = vi.fn((_channel: string, ..._args: unknown[]) => {})
  readonly setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler
  })
  /** Code main runs in the page; a test answers as the page would (nothing on screen by default). */
  readonly executeJavaScript = vi.fn(async (_code: string): Promise<unknown> => null)
}

export class FakeSession {
  readonly setPermissionRequestHandler = vi.fn()
  readonly setPermissionCheckHandler = vi.fn()
  readonly setDevicePermissionHandler = vi.fn()
}

export interface FakeFrame {
  url: string
  parent: FakeFrame | null
}

export function createFakeElectron() {
  class BrowserWindow extends FakeEmitter {
    static readonly instances: BrowserWindow[] = []
    readonly webContents = new FakeWebContents()
    readonly loadURL = vi.fn(async (_url: string) => {})
    readonly show = vi.fn()
    readonly focus = vi.fn()
    readonly restore = vi.fn()
    readonly isMinimized = vi.fn(() => false)

    constructor(readonly options: unknown) {
      super()
      BrowserWindow.instances.push(this)
    }
  }

  let markReady: () => void = () => {}
  const ready = new Promise<void>((resolve) => (markReady = resolve))

  class App extends FakeEmitter {
    isPackaged = false
    readonly requestSingleInstanceLock = vi.fn(() => true)
    readonly setAsDefaultProtocolClient = vi.fn((_scheme: string, _path?: string, _args?: string[]) => true)
    readonly quit = vi.fn()
    readonly whenReady = vi.fn(() => ready)
    readonly getAppPath = vi.fn(() => fileURLToPath(new URL('../..', import.meta.url)))
    readonly paths = new Map<string, string>()
    /** Main asks for userData as the fallback data folder; tests set DAFTAR_DATA_DIR, which wins. */
    readonly getPath = vi.fn((name: string): string => this.paths.get(name) ?? join(tmpdir(), `daftar-fake-app-path-${name}-unused`))
    readonly setPath = vi.fn((name: string, path: string) => void this.paths.set(name, path))
    /** Ends at once with a status, skipping quit events (app.exit). */
    readonly exit = vi.fn((_code?: number) => {})
    /** Plays Electron's part: the app becomes ready. */
    readonly becomeReady = (): void => markReady()
  }

  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>()
  const protocol = {
    handlers: protocolHandlers,
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => {
      protocolHandlers.set(scheme, handler)
    }),
  }

  /**
   * net.fetch for file: URLs, served from disk. Like Chromium, it rejects for a file that is not
   * there (net::ERR_FILE_NOT_FOUND). It refuses any other scheme: the shell must only ever fetch
   * files it resolved itself. Every call is recorded so a test can check which paths were read.
   */
  const net = {
    fetch: vi.fn(async (input: string): Promise<Response> => {
      const url = new URL(input)
      if (url.protocol !== 'file:') throw new TypeError(`fake net.fetch: unexpected ${url.protocol} URL ${input}`)
      const path = fileURLToPath(url)
      const stat = await fsp.stat(path)
      if (!stat.isFile()) throw new Error(`net::ERR_FILE_NOT_FOUND (fake: ${path} is not a regular file)`)
      return new Response(await fsp.readFile(path), { status: 200, headers: { 'Content-Type': contentTypeOf(path) } })
    }),
  }

  type IpcListener = (event: { senderFrame: FakeFrame | null | undefined }, ...args: unknown[]) => unknown
  const ipcHandlers = new Map<string, IpcListener>()
  const ipcMain = {
    handlers: ipcHandlers,
    handle: vi.fn((channel: string, listener: IpcListener) => {
      // Electron throws on a second handler for one channel.
      if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
      ipcHandlers.set(channel, listener)
    }),
    on: vi.fn(),
    /** Plays the renderer's part: an invoke arriving from `frame`. */
    invoke: async (channel: string, frame: FakeFrame | null | undefined, ...args: unknown[]): Promise<unknown> => {
      const listener = ipcHandlers.get(channel)
      if (!listener) throw new Error(`No handler registered for '${channel}'`)
      return listener({ senderFrame: frame }, ...args)
    },
  }

  return {
    app: new App(),
    BrowserWindow,
    protocol,
    net,
    session: { defaultSession: new FakeSession() },
    ipcMain,
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args } })),
      send: vi.fn(),
      sendSync: vi.fn(),
      on: vi.fn(),
    },
    contextBridge: { exposeInMainWorld: vi.fn() },
    Menu: {
      /** The template as built, so a test can read the menu main installed. */
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn((_menu: { template: unknown[] } | null) => {}),
    },
    shell: { openExternal: vi.fn(async (_url: string) => {}) },
    dialog: {
      showMessageBox: vi.fn(async (_options: unknown) => ({ response: 1, checkboxChecked: false })),
      showErrorBox: vi.fn(),
      /** Cancelled unless a test says where the user chose to save. */
      showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
    },
  }
}

export type FakeElectron = ReturnType<typeof createFakeElectron>

/**
 * For a test that imports main afresh several times: vi.resetModules() re-evaluates the code under
 * test but not the `electron` mock, so the mock's exports are getters that read whichever fake
 * `current()` returns at the moment the code touches them.
 *   const holder = vi.hoisted(() => ({ current: undefined as unknown }))
 *   vi.mock('electron', async () => (await import('./fake-electron')).swappableElectron(() => holder.current))
 */
export function swappableElectron(current: () => unknown): Record<string, unknown> {
  const module: Record<string, unknown> = {}
  for (const key of Object.keys(createFakeElectron())) {
    Object.defineProperty(module, key, {
      enumerable: true,
      get: () => {
        const fake = current() as Record<string, unknown> | undefined
        if (!fake) throw new Error(`electron.${key} used before the test installed a fake`)
        return fake[key]
      },
    })
  }
  return module
}

/** The top frame of the app's own page, and variations a hostile page could present. */
export const appFrame = (url = 'app://daftar/index.html'): FakeFrame => ({ url, parent: null })
export const subFrame = (url = 'app://daftar/index.html'): FakeFrame => ({ url, parent: appFrame() })

/** Lets queued promise callbacks (e.g. a `void` call inside a handler) run. */
export const flushPromises = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
