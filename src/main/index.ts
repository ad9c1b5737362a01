import { app, dialog, session, shell } from 'electron'
import { join } from 'node:path'
import { openBackend, type Backend } from '../backend/backend'
import { DataDirLockedError, resolveDataDir } from '../backend/data-dir'
import { createHandlers } from '../backend/handlers'
import { APP_ORIGIN, isAppProtocolUrl, registerAppScheme, serveRenderer } from './app-protocol'
import { registerIpcHandlers } from './ipc/handle'
import { denyAllPermissions, hardenApp, type ExternalOpener } from './security'
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

registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let backend: Backend | undefined
  let window: ReturnType<typeof createMainWindow> | undefined

  app.on('second-instance', () => {
    if (!window) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })

  hardenApp(app, isAppUrl, opener)

  app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession)
    const seedsDir = app.isPackaged ? join(process.resourcesPath, 'seeds') : join(app.getAppPath(), 'seeds')
    try {
      backend = await openBackend({ dataDir: resolveDataDir(app.getPath('userData')), seedsDir })
    } catch (error) {
      const message = error instanceof DataDirLockedError ? error.message : `Daftar could not start: ${String(error)}`
      dialog.showErrorBox('Daftar', message)
      app.quit()
      return
    }
    registerIpcHandlers(createHandlers(backend), isAppUrl)
    serveRenderer(join(import.meta.dirname, '../renderer'))
    window = createMainWindow(join(import.meta.dirname, '../preload/index.cjs'), appUrl)
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
