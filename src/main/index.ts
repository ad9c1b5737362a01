import { app, dialog, Menu, session, shell } from 'electron'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { DEEP_LINK_SCHEME } from '../core/briefing/deep-link'
import { openBackend, type Backend } from '../backend/backend'
import { DataDirLockedError, resolveDataDir } from '../hosts/data-dir'
import { createHandlers } from '../backend/handlers'
import { APP_ORIGIN, isAppProtocolUrl, registerAppScheme, serveRenderer } from './app-protocol'
import { DeepLinkRouter, deepLinkInArgv } from './deep-links'
import { chooseImportFiles } from './import-dialog'
import { menuFollowsLocale, menuTemplate, type MenuLocale } from './menu'
import { registerIpcHandlers } from './ipc/handle'
import { chooseBriefingPath } from './save-dialog'
import { denyAllPermissions, hardenApp, type ExternalOpener } from './security'
import { SmokeTest, smokeTestRequested, smokeTimeoutMs } from './smoke-test'
import { createMainWindow } from './window'

/**
 * The Electron shell: lifecycle, one instance, the secure window, and the wiring of the same
 * handlers browser mode serves. Everything else lives in src/backend and src/core.
 */
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
const appUrl = devServerUrl ?? `${APP_ORIGIN}/index.html`

const isAppUrl = (url: string): boolean => {
  if (isAppProtocolUrl(url)) return true
  try {
    return devServerUrl !== undefined && new URL(url).origin === new URL(devServerUrl).origin
  } catch {
    return false
  }
}

const opener: ExternalOpener = {
  confirm: async (url) => {
    const { response } = await dialog.showMessageBox({
      type: 'question',
      buttons: ['فتح — Open', 'إلغاء — Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: 'فتح هذا الرابط في المتصفح؟ — Open this link in your browser?',
      detail: url.toString(),
    })
    return response === 0
  },
  open: (url) => shell.openExternal(url),
}

let menuLocale: MenuLocale | undefined
/** Daftar's own menu in the interface language (set again only when the language changes). */
function showMenu(locale: MenuLocale): void {
  if (locale === menuLocale) return
  menuLocale = locale
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ locale, packaged: app.isPackaged, platform: process.platform })))
}

/** Makes Daftar the OS's handler of daftar:// links; an unpackaged app registers itself with the script it runs, as Electron's docs say. */
function registerAsLinkHandler(): void {
  if (process.defaultApp && process.argv[1]) app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [resolve(process.argv[1])])
  else app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME)
}

registerAppScheme()

let backend: Backend | undefined
// --smoke-test runs over a profile of its own (so under a lock of its own), removed when it ends, and
// registers nothing with the OS: a check changes nothing on the system.
const smokeProfile = smokeTestRequested(process.argv) ? mkdtempSync(join(tmpdir(), 'daftar-smoke-')) : null
const smoke = smokeProfile
  ? new SmokeTest({
      timeoutMs: smokeTimeoutMs(),
      exit: async (code) => {
        await backend?.close()
        rmSync(smokeProfile, { recursive: true, force: true, maxRetries: 3 })
        app.exit(code)
      },
    })
  : null
if (smokeProfile) app.setPath('userData', smokeProfile)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let window: ReturnType<typeof createMainWindow> | undefined

  // daftar:// links (briefing citations) open the passage: the OS hands them over as an argument
  // (Windows, Linux: at start, or to the running instance) or as open-url (macOS, even before ready).
  const links = new DeepLinkRouter()
  if (!smoke) registerAsLinkHandler()
  const initialLink = deepLinkInArgv(process.argv)
  if (initialLink) links.deliver(initialLink)
  app.on('open-url', (event, url) => {
    event.preventDefault()
    links.open(url)
  })

  app.on('second-instance', (_event, argv: string[] = []) => {
    const link = deepLinkInArgv(argv)
    if (link) links.deliver(link)
    if (!window) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })

  hardenApp(app, isAppUrl, opener)

  app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession)
    const seedsDir = app.isPackaged ? join(process.resourcesPath, 'seeds') : join(app.getAppPath(), 'seeds')
    try {
      backend = await openBackend({ dataDir: resolveDataDir(app.getPath('userData')), seedsDir, discovery: 'auto', search: 'at-start' })
    } catch (error) {
      const message = error instanceof DataDirLockedError ? error.message : `Daftar could not start: ${String(error)}`
      if (smoke) return smoke.fail(message) // no dialog: nobody is there to close it
      dialog.showErrorBox('Daftar', message)
      app.quit()
      return
    }
    backend.librarian.filePicker = chooseImportFiles(() => window)
    const { settings } = backend
    const handlers = createHandlers(backend, {
      chooseSavePath: chooseBriefingPath(
        () => window,
        () => app.getPath('documents'),
      ),
    })
    showMenu(settings.data.reading.locale)
    registerIpcHandlers(
      menuFollowsLocale(handlers, () => settings.data.reading.locale, showMenu),
      isAppUrl,
    )
    serveRenderer(join(import.meta.dirname, '../renderer'))
    window = createMainWindow(join(import.meta.dirname, '../preload/index.cjs'), appUrl)
    const contents = window.webContents
    contents.once('did-finish-load', () => links.attach(contents))
    if (smoke) {
      // The first article of the library, opened the way a daftar:// link opens it.
      const first = backend.library().articles[0]
      if (first) links.deliver({ articleId: first.id })
      smoke.watch(contents, first ? backend.article(first.id) : undefined)
    }
  }).catch((error: unknown) => {
    if (!smoke) throw error
    void smoke.fail(`start-up failed: ${String(error)}`)
  })

  app.on('window-all-closed', () => app.quit())
  let closing = false
  app.on('will-quit', (event) => {
    if (!backend || closing) return
    // Release the data-folder lock before the process ends, then quit for real.
    closing = true
    event.preventDefault()
    void backend.close().finally(() => app.quit())
  })
}
