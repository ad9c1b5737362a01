import type { App, Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { isAppProtocolUrl } from '../../src/main/app-protocol'
import { denyAllPermissions, externalUrl, hardenApp, hardenWebContents, openExternalSafely, type ExternalOpener } from '../../src/main/security'
import { FakeEmitter, FakeSession, FakeWebContents, fakeEvent, flushPromises } from './fake-electron'

// security.ts imports only types from electron and gets its fakes passed in; app-protocol.ts (for
// the real isAppProtocolUrl) imports electron itself, so it is mocked all the same.
vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron())

/** An opener whose user answers `answer`; records what it was asked and what it opened. */
function opener(answer: boolean) {
  const confirm = vi.fn(async (_url: URL) => answer)
  const open = vi.fn(async (_url: string) => {})
  return { confirm, open, opener: { confirm, open } satisfies ExternalOpener }
}

function hardened(answer = true) {
  const contents = new FakeWebContents()
  const user = opener(answer)
  hardenWebContents(contents as unknown as WebContents, isAppProtocolUrl, user.opener)
  return { contents, ...user }
}

const APP_URLS = ['app://daftar/index.html', 'app://daftar/index.html#/article/000_fcf6e2d5e2034c53', 'app://daftar/assets/index-abc123.js']

const FOREIGN_URLS = [
  'https://evil.example/',
  'http://localhost:5173/',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/calc.exe',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'app://evil/index.html',
  'app://daftar.evil.example/index.html',
  'app://daftar:8080/index.html',
  'app://user@daftar/index.html',
  'daftar://index.html',
  'not a url',
  '',
]

describe('hardenWebContents: no navigation away from the app', () => {
  describe.each(['will-navigate', 'will-redirect'])('%s', (event) => {
    it.each(FOREIGN_URLS)('is vetoed for %j', (url) => {
      const { contents } = hardened()
      const e = fakeEvent({ url })
      contents.emit(event, e, url)
      expect(e.preventDefault).toHaveBeenCalled()
    })

    it.each(FOREIGN_URLS)('is vetoed for %j when only event.url carries the target', (url) => {
      const { contents } = hardened()
      const e = fakeEvent({ url })
      contents.emit(event, e)
      expect(e.preventDefault).toHaveBeenCalled()
    })

    it.each(APP_URLS)('lets %j through', (url) => {
      const { contents } = hardened()
      const e = fakeEvent({ url })
      contents.emit(event, e, url)
      expect(e.preventDefault).not.toHaveBeenCalled()
    })
  })

  describe('will-frame-navigate (any frame, iframes included)', () => {
    it.each(FOREIGN_URLS)('is vetoed for %j', (url) => {
      const { contents } = hardened()
      const e = fakeEvent({ url, isMainFrame: false })
      contents.emit('will-frame-navigate', e)
      expect(e.preventDefault).toHaveBeenCalled()
    })

    it.each(APP_URLS)('lets %j through', (url) => {
      const { contents } = hardened()
      const e = fakeEvent({ url, isMainFrame: false })
      contents.emit('will-frame-navigate', e)
      expect(e.preventDefault).not.toHaveBeenCalled()
    })
  })

  it('listens to every navigation event it guards', () => {
    const { contents } = hardened()
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview']) {
      expect(contents.listenerCount(event), event).toBeGreaterThan(0)
    }
  })

  it('refuses to attach any <webview>, whatever it asks for', () => {
    const { contents } = hardened()
    const e = fakeEvent()
    contents.emit('will-attach-webview', e, { nodeIntegration: true }, { src: 'app://daftar/index.html' })
    expect(e.preventDefault).toHaveBeenCalled()
  })
})

describe('hardenWebContents: no new windows', () => {
  const windowOpen = (contents: FakeWebContents, url: string) => {
    if (!contents.windowOpenHandler) throw new Error('no window open handler was set')
    return contents.windowOpenHandler({ url, frameName: '', disposition: 'foreground-tab' })
  }

  it.each([...APP_URLS, ...FOREIGN_URLS, 'https://example.com/', 'mailto:desk@example.com'])('denies window.open(%j)', (url) => {
    const { contents } = hardened()
    expect(windowOpen(contents, url)).toEqual({ action: 'deny' })
  })

  it.each(['https://example.com/news?id=1', 'http://example.com/', 'mailto:desk@example.com'])(
    'hands %j to the system browser after the user agrees',
    async (url) => {
      const { contents, confirm, open } = hardened(true)
      windowOpen(contents, url)
      await flushPromises()
      expect(confirm).toHaveBeenCalledTimes(1)
      expect(open).toHaveBeenCalledTimes(1)
      expect(open).toHaveBeenCalledWith(new URL(url).toString())
    },
  )

  it('opens nothing when the user declines', async () => {
    const { contents, confirm, open } = hardened(false)
    windowOpen(contents, 'https://example.com/')
    await flushPromises()
    expect(confirm).toHaveBeenCalledTimes(1)
    expect(open).not.toHaveBeenCalled()
  })

  it.each([...APP_URLS, ...FOREIGN_URLS.filter((u) => !/^https?:/.test(u))])('does not even ask about %j', async (url) => {
    const { contents, confirm, open } = hardened(true)
    windowOpen(contents, url)
    await flushPromises()
    expect(confirm).not.toHaveBeenCalled()
    expect(open).not.toHaveBeenCalled()
  })
})

describe('externalUrl: only plain http(s) and mailto links may leave the app', () => {
  it.each(['https://example.com/', 'http://example.com/a?b=c#d', 'mailto:desk@example.com', 'HTTPS://EXAMPLE.COM/Path', 'https://ar.wikipedia.org/wiki/%D8%AF%D9%81%D8%AA%D8%B1'])(
    'accepts %j',
    (raw) => {
      const url = externalUrl(raw)
      expect(url).not.toBeNull()
      expect(['http:', 'https:', 'mailto:']).toContain(url?.protocol)
    },
  )

  it.each([
    ['file:', 'file:///etc/passwd'],
    ['file: on Windows', 'file:///C:/Windows/System32/calc.exe'],
    ['file: UNC', 'file://attacker.example/share/payload.exe'],
    ['smb:', 'smb://attacker.example/share'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in mixed case', 'JaVaScRiPt:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['ftp:', 'ftp://example.com/file'],
    ['the app scheme', 'app://daftar/index.html'],
    ['a custom scheme', 'daftar://open?file=x'],
    ['a custom OS handler', 'ms-msdt:/id PCWDiagnostic'],
    ['search-ms:', 'search-ms:query=x&crumb=location:\\\\attacker.example\\share'],
    ['an unparseable string', 'not a url'],
    ['the empty string', ''],
  ])('refuses %s (%j)', (_what, raw) => {
    expect(externalUrl(raw)).toBeNull()
  })

  it.each([
    ['NUL', 'https://example.com/\u0000'],
    ['a tab inside the scheme', 'java\tscript:alert(1)'],
    ['a tab in the host', 'https://exa\tmple.com/'],
    ['a newline', 'https://example.com/\nx'],
    ['a carriage return', 'https://example.com/\rx'],
    ['leading whitespace', ' https://example.com/'],
    ['trailing whitespace', 'https://example.com/ '],
    ['DEL', 'https://example.com/\u007f'],
    ['a C1 control', 'https://example.com/\u0085'],
    ['RIGHT-TO-LEFT OVERRIDE', 'https://example.com/\u202egpj.exe'],
    ['LEFT-TO-RIGHT EMBEDDING', 'https://\u202aexample.com/'],
    ['RIGHT-TO-LEFT ISOLATE', 'https://example.com/\u2067x'],
    ['POP DIRECTIONAL ISOLATE', 'https://example.com/x\u2069'],
    ['RIGHT-TO-LEFT MARK', 'https://example.com/\u200f'],
    ['ARABIC LETTER MARK', 'https://example.com/\u061c'],
    ['ZERO WIDTH SPACE', 'https://exa\u200bmple.com/'],
  ])('refuses a URL with %s', (_what, raw) => {
    expect(externalUrl(raw)).toBeNull()
  })

  it('refuses an overlong URL, and accepts one just inside the limit', () => {
    const base = 'https://example.com/'
    expect(externalUrl(base + 'a'.repeat(2048 - base.length))).not.toBeNull()
    expect(externalUrl(base + 'a'.repeat(2049 - base.length))).toBeNull()
    expect(externalUrl(base + 'a'.repeat(100_000))).toBeNull()
  })

  it('refuses a value that is not a string', () => {
    expect(externalUrl(undefined as unknown as string)).toBeNull()
    expect(externalUrl({ toString: () => 'https://example.com/' } as unknown as string)).toBeNull()
  })
})

describe('openExternalSafely', () => {
  it('asks first, then opens the normalised URL and reports it', async () => {
    const { confirm, open, opener: o } = opener(true)
    await expect(openExternalSafely('HTTPS://Example.com/a b', o)).resolves.toBe(false) // a space: refused outright
    await expect(openExternalSafely('HTTPS://Example.com/a', o)).resolves.toBe(true)
    expect(confirm).toHaveBeenCalledTimes(1)
    expect(confirm.mock.calls[0]?.[0]).toBeInstanceOf(URL)
    expect(open).toHaveBeenCalledWith('https://example.com/a')
    expect(confirm.mock.invocationCallOrder[0]).toBeLessThan(open.mock.invocationCallOrder[0] ?? 0)
  })

  it('never opens when the user says no', async () => {
    const { confirm, open, opener: o } = opener(false)
    for (const url of ['https://example.com/', 'http://example.com/', 'mailto:a@example.com']) {
      await expect(openExternalSafely(url, o)).resolves.toBe(false)
    }
    expect(confirm).toHaveBeenCalledTimes(3)
    expect(open).not.toHaveBeenCalled()
  })

  it.each(['file:///etc/passwd', 'smb://host/share', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'daftar://x', 'https://example.com/\u202e'])(
    'neither asks nor opens for %j',
    async (url) => {
      const { confirm, open, opener: o } = opener(true)
      await expect(openExternalSafely(url, o)).resolves.toBe(false)
      expect(confirm).not.toHaveBeenCalled()
      expect(open).not.toHaveBeenCalled()
    },
  )

  it('does not open when asking fails', async () => {
    const open = vi.fn(async () => {})
    const o: ExternalOpener = { confirm: async () => Promise.reject(new Error('dialog failed')), open }
    await expect(openExternalSafely('https://example.com/', o)).rejects.toThrow('dialog failed')
    expect(open).not.toHaveBeenCalled()
  })
})

describe('denyAllPermissions', () => {
  const PERMISSIONS = ['media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'hid', 'serial', 'usb', 'unknown']

  function denied() {
    const session = new FakeSession()
    denyAllPermissions(session as unknown as Session)
    return session
  }

  it('installs a request, a check and a device handler', () => {
    const session = denied()
    expect(session.setPermissionRequestHandler).toHaveBeenCalledTimes(1)
    expect(session.setPermissionCheckHandler).toHaveBeenCalledTimes(1)
    expect(session.setDevicePermissionHandler).toHaveBeenCalledTimes(1)
  })

  it.each(PERMISSIONS)('answers a request for %j with false, once', (permission) => {
    const handler = denied().setPermissionRequestHandler.mock.calls[0]?.[0] as (c: unknown, p: string, cb: (granted: boolean) => void, d: unknown) => void
    const callback = vi.fn()
    handler({}, permission, callback, { requestingUrl: 'app://daftar/index.html', isMainFrame: true })
    expect(callback).toHaveBeenCalledTimes(1)
    expect(callback).toHaveBeenCalledWith(false)
  })

  it.each(PERMISSIONS)('answers a check for %j with false, even from the app itself', (permission) => {
    const handler = denied().setPermissionCheckHandler.mock.calls[0]?.[0] as (c: unknown, p: string, origin: string, d: unknown) => boolean
    expect(handler({}, permission, 'app://daftar', { requestingUrl: 'app://daftar/index.html', isMainFrame: true })).toBe(false)
  })

  it('refuses every device', () => {
    const handler = denied().setDevicePermissionHandler.mock.calls[0]?.[0] as (d: unknown) => boolean
    expect(handler({ deviceType: 'usb', origin: 'app://daftar', device: {} })).toBe(false)
  })
})

describe('hardenApp', () => {
  it('hardens every web contents the app creates', () => {
    const app = new FakeEmitter()
    hardenApp(app as unknown as App, isAppProtocolUrl, opener(true).opener)
    expect(app.listenerCount('web-contents-created')).toBe(1)

    const contents = new FakeWebContents()
    app.emit('web-contents-created', fakeEvent(), contents)
    const e = fakeEvent({ url: 'https://evil.example/' })
    contents.emit('will-navigate', e, 'https://evil.example/')
    expect(e.preventDefault).toHaveBeenCalled()
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
  })
})

describe('isAppProtocolUrl', () => {
  it.each(APP_URLS)('recognises %j', (url) => expect(isAppProtocolUrl(url)).toBe(true))

  it.each(FOREIGN_URLS)('rejects %j', (url) => expect(isAppProtocolUrl(url)).toBe(false))

  it("does not rely on URL.origin, which Node gives as 'null' for a custom scheme", () => {
    expect(new URL('app://daftar/index.html').origin).toBe('null')
    expect(isAppProtocolUrl('app://daftar/index.html')).toBe(true)
  })
})
