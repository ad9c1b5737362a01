import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { apiMethods, channelOf, eventChannels } from '../../src/shared/channels'
import type { FakeElectron } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron())

const electron = (await import('electron')) as unknown as FakeElectron

/** An event subscription the preload exposed, looked up when the test runs. */
const daftarEvent =
  (name: string) =>
  (listener: (link: unknown) => void): (() => void) =>
    (daftar[name] as (l: (link: unknown) => void) => () => void)(listener)

/** What the preload put into the page's world, by key. */
let exposed: Map<string, unknown>
let daftar: Record<string, unknown>

beforeAll(async () => {
  await import('../../src/preload/index')
  exposed = new Map(electron.contextBridge.exposeInMainWorld.mock.calls.map(([key, value]) => [key as string, value as unknown]))
  daftar = exposed.get('daftar') as Record<string, unknown>
})

describe('the preload (the only bridge between the page and main)', () => {
  it("exposes exactly one key, 'daftar', exactly once", () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
    expect([...exposed.keys()]).toEqual(['daftar'])
  })

  it('exposes a frozen object the page cannot rewire', () => {
    expect(Object.isFrozen(daftar)).toBe(true)
    // Test modules are strict: writing to a frozen object throws.
    expect(() => {
      daftar['getArticle'] = () => 'hijacked'
    }).toThrow(TypeError)
    expect(() => {
      daftar['extra'] = () => 'added'
    }).toThrow(TypeError)
  })

  it('holds one function per API method and one subscription per event, and nothing else', () => {
    expect(Object.keys(daftar).sort()).toEqual([...apiMethods, ...Object.keys(eventChannels)].sort())
    for (const method of apiMethods) expect(typeof daftar[method], method).toBe('function')
    for (const event of Object.keys(eventChannels)) expect(typeof daftar[event], event).toBe('function')
  })

  it('exposes no ipcRenderer, nor anything with its methods', () => {
    for (const value of Object.values(daftar)) {
      expect(value).not.toBe(electron.ipcRenderer)
      expect(value).not.toBe(electron.ipcRenderer.invoke)
      for (const key of ['invoke', 'send', 'sendSync', 'on', 'once', 'postMessage']) expect(Object.keys(value as object)).not.toContain(key)
    }
    expect(Object.values(daftar)).not.toContain(electron.ipcRenderer)
  })

  it.each(apiMethods)('%s invokes daftar:%s with the arguments it was given, and returns the answer', async (method) => {
    electron.ipcRenderer.invoke.mockClear()
    const call = daftar[method] as (...args: unknown[]) => Promise<unknown>
    const answer = await call('an-id', { offset: 3, progress: 0.5 })
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(1)
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(channelOf(method), 'an-id', { offset: 3, progress: 0.5 })
    expect(channelOf(method)).toBe(`daftar:${method}`)
    expect(answer).toEqual({ ok: true, value: { channel: `daftar:${method}`, args: ['an-id', { offset: 3, progress: 0.5 }] } })
  })

  it('sends nothing, and listens only to the event channels', () => {
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled()
    expect(electron.ipcRenderer.sendSync).not.toHaveBeenCalled()
    expect(electron.ipcRenderer.on.mock.calls.map(([channel]) => channel)).toEqual(Object.values(eventChannels))
  })

  describe('onOpenLink', () => {
    const deliver = (link: unknown): void => {
      const handler = electron.ipcRenderer.on.mock.calls.find(([channel]) => channel === eventChannels.onOpenLink)?.[1] as (event: unknown, link: unknown) => void
      handler({ sender: 'main' }, link)
    }
    const subscribe = daftarEvent('onOpenLink')

    it('keeps a link main sent before the page listened, and gives it to the first listener', async () => {
      const link = { articleId: '001', range: { start: 1, end: 9 } }
      deliver(link)
      const listener = vi.fn()
      const dispose = subscribe(listener)
      await Promise.resolve()
      expect(listener).toHaveBeenCalledExactlyOnceWith(link)
      dispose()
    })

    it('passes later links to every listener, none after it unsubscribed, and never the event object', () => {
      const a = vi.fn()
      const b = vi.fn()
      const disposeA = subscribe(a)
      const disposeB = subscribe(b)
      deliver({ articleId: '002' })
      disposeA()
      deliver({ articleId: '003' })
      expect(a.mock.calls).toEqual([[{ articleId: '002' }]])
      expect(b.mock.calls).toEqual([[{ articleId: '002' }], [{ articleId: '003' }]])
      disposeB()
    })
  })

  it('imports nothing but electron and the shared channel list (a sandboxed preload can require only electron)', () => {
    const source = readFileSync(new URL('../../src/preload/index.ts', import.meta.url), 'utf8')
    const imports = [...source.matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1])
    expect(imports.sort()).toEqual(['../shared/channels', 'electron'])
  })
})
