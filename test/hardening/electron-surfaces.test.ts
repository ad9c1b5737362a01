import type { WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { isAppProtocolUrl } from '../../src/main/app-protocol'
import { hardenWebContents, type ExternalOpener } from '../../src/main/security'
import { FakeWebContents, fakeEvent, flushPromises } from '../main/fake-electron'
import { ALLOWED_EXTERNAL, hostileUrls, SPOILED_EXTERNAL } from './abuse/urls'
import { recordFigures } from './figures'

vi.mock('electron', async () => (await import('../main/fake-electron')).createFakeElectron())

function hardened() {
  const contents = new FakeWebContents()
  const confirm = vi.fn(async (_url: URL) => true) // a user who says yes to everything
  const open = vi.fn(async (_url: string) => {})
  hardenWebContents(contents as unknown as WebContents, isAppProtocolUrl, { confirm, open } satisfies ExternalOpener)
  return { contents, confirm, open }
}

const URLS = hostileUrls()

describe('Electron surfaces: hostile URLs against the hardened window (electron mocked)', () => {
  it(`vetoes navigation, redirects and frame navigations to ${URLS.length} hostile URL spellings, and opens none of them`, async () => {
    const { contents, confirm, open } = hardened()
    let attempts = 0
    let vetoed = 0
    for (const url of URLS) {
      const events: [string, object][] = [
        ['will-navigate', fakeEvent({ url })],
        ['will-redirect', fakeEvent({ url })],
        ['will-frame-navigate', fakeEvent({ url, isMainFrame: true })],
        ['will-frame-navigate', fakeEvent({ url, isMainFrame: false })], // a subframe navigating
      ]
      for (const [name, event] of events) {
        attempts++
        contents.emit(name, event, url)
        if ((event as ReturnType<typeof fakeEvent>).defaultPrevented()) vetoed++
        else expect.fail(`${name} to ${JSON.stringify(url)} was let through`)
      }
      expect(contents.windowOpenHandler?.({ url, frameName: '', disposition: 'new-window' })).toEqual({ action: 'deny' })
    }
    await flushPromises()
    // window.open of a clean http(s) link is a link to follow: the user is asked (and this one says
    // yes). Every other scheme, and every spelling with a control, space or invisible character, is
    // refused without asking.
    const cleanWeb = URLS.filter((u) => /^https?:\/\/[!-~]+$/i.test(u))
    expect(cleanWeb.length).toBe(6)
    expect(confirm.mock.calls.map(([url]) => url.toString())).toEqual(cleanWeb.map((u) => new URL(u).toString()))
    expect(open).toHaveBeenCalledTimes(cleanWeb.length)
    recordFigures('electron-navigation', { hostileUrls: URLS.length, navigationAttempts: attempts, vetoed, windowOpensDenied: URLS.length, askedBeforeOpening: 6, otherSchemesOpened: 0 })
    expect(vetoed).toBe(attempts)
  })

  it('denies every new window; hands only clean http(s) and mailto links to the OS, and only after asking', async () => {
    const { contents, confirm, open } = hardened()
    for (const url of [...ALLOWED_EXTERNAL, ...SPOILED_EXTERNAL]) {
      expect(contents.windowOpenHandler?.({ url, frameName: '', disposition: 'foreground-tab' })).toEqual({ action: 'deny' })
    }
    await flushPromises()
    expect(confirm).toHaveBeenCalledTimes(ALLOWED_EXTERNAL.length)
    expect(open.mock.calls.map(([url]) => url)).toEqual(ALLOWED_EXTERNAL.map((u) => new URL(u).toString()))
    recordFigures('electron-open-external', { allowedAsked: ALLOWED_EXTERNAL.length, spoiledRefused: SPOILED_EXTERNAL.length })
  })

  it('lets the app navigate within itself', () => {
    const { contents } = hardened()
    const event = fakeEvent({ url: 'app://daftar/index.html#/article/000_fcf6e2d5e2034c53' })
    contents.emit('will-navigate', event, event.url)
    expect(event.defaultPrevented()).toBe(false)
  })
})
