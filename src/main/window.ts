import { BrowserWindow } from 'electron'

/**
 * The one window. DESIGN.md's security baseline is spelled out in the object literal handed to the
 * constructor, not built by a helper, so that both the spec (test/main/window.test.ts, through a
 * fake BrowserWindow) and the static gate (electronegativity reads only the literal written at
 * `new BrowserWindow(...)`) see every flag. AuxClick is disabled so a middle-click cannot open links
 * in new windows behind our handlers.
 */
export function createMainWindow(preloadPath: string, url: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'دفتر — Daftar',
    backgroundColor: '#fbfaf7',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
    },
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(url)
  return window
}
