import type { BrowserWindowConstructorOptions } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMainWindow } from '../../src/main/window'
import type { FakeElectron } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron())

const electron = (await import('electron')) as unknown as FakeElectron

const PRELOAD = '/opt/Daftar/resources/app/out/preload/index.cjs'
const URL_TO_LOAD = 'app://daftar/index.html'

/** Creates the window the way main does and returns what the BrowserWindow constructor received. */
function created(): { window: InstanceType<FakeElectron['BrowserWindow']>; options: BrowserWindowConstructorOptions } {
  createMainWindow(PRELOAD, URL_TO_LOAD)
  const window = electron.BrowserWindow.instances.at(-1)
  if (!window) throw new Error('createMainWindow constructed no BrowserWindow')
  return { window, options: window.options as BrowserWindowConstructorOptions }
}

describe('the main window (DESIGN.md, "Security baseline (Electron)")', () => {
  beforeEach(() => {
    electron.BrowserWindow.instances.length = 0
  })

  it('constructs exactly one BrowserWindow', () => {
    created()
    expect(electron.BrowserWindow.instances).toHaveLength(1)
  })

  describe('webPreferences', () => {
    it('isolates the page from the preload (contextIsolation: true)', () => {
      expect(created().options.webPreferences?.contextIsolation).toBe(true)
    })

    it('runs the renderer in the OS sandbox (sandbox: true)', () => {
      expect(created().options.webPreferences?.sandbox).toBe(true)
    })

    it('gives no Node.js to the page, its workers or its subframes', () => {
      const prefs = created().options.webPreferences
      expect(prefs?.nodeIntegration).toBe(false)
      expect(prefs?.nodeIntegrationInWorker).toBe(false)
      expect(prefs?.nodeIntegrationInSubFrames).toBe(false)
    })

    it('keeps the same-origin policy (webSecurity: true) and refuses insecure content', () => {
      const prefs = created().options.webPreferences
      expect(prefs?.webSecurity).toBe(true)
      expect(prefs?.allowRunningInsecureContent).toBe(false)
    })

    it('allows no <webview> and no experimental web platform features', () => {
      const prefs = created().options.webPreferences
      expect(prefs?.webviewTag).toBe(false)
      expect(prefs?.experimentalFeatures).toBe(false)
    })

    it('disables AuxClick, so a middle-click cannot open a link in a new window', () => {
      const features = (created().options.webPreferences?.disableBlinkFeatures ?? '').split(',').map((f) => f.trim())
      expect(features).toContain('Auxclick')
    })

    it('enables no Blink feature on top of the defaults', () => {
      expect(created().options.webPreferences?.enableBlinkFeatures).toBeUndefined()
    })

    it('does not navigate to a file dropped on the window', () => {
      expect(created().options.webPreferences?.navigateOnDragDrop).toBe(false)
    })

    it('passes the preload path through unchanged', () => {
      expect(created().options.webPreferences?.preload).toBe(PRELOAD)
    })

    it('sets no preference that would weaken the baseline', () => {
      const prefs = created().options.webPreferences as Record<string, unknown>
      for (const risky of ['enableRemoteModule', 'plugins', 'additionalArguments', 'session', 'partition']) {
        if (risky in prefs) expect([false, undefined]).toContain(prefs[risky])
      }
    })
  })

  it('loads the given URL and stays hidden until the first paint', () => {
    const { window, options } = created()
    expect(window.loadURL).toHaveBeenCalledWith(URL_TO_LOAD)
    expect(options.show).toBe(false)
    expect(window.show).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalledTimes(1)
  })
})
