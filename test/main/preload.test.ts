import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { apiMethods, channelOf } from '../../src/shared/channels'
import type { FakeElectron } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron())

const electron = (await import('electron')) as unknown as FakeElectron

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

  it('holds one function per API method, and nothing else', () => {
    expect(Object.keys(daftar).sort()).toEqual([...apiMethods].sort())
    for (const method of apiMethods) expect(typeof daftar[method], method).toBe('function')
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

  it('only ever invokes: it sends nothing and listens to nothing', () => {
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled()
    expect(electron.ipcRenderer.sendSync).not.toHaveBeenCalled()
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled()
  })

  it('imports nothing but electron and the shared channel list (a sandboxed preload can require only electron)', () => {
    const source = readFileSync(new URL('../../src/preload/index.ts', import.meta.url), 'utf8')
    const imports = [...source.matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1])
    expect(imports.sort()).toEqual(['../shared/channels', 'electron'])
  })
})
