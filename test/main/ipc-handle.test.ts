import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Handlers } from '../../src/backend/handlers'
import { isAppProtocolUrl } from '../../src/main/app-protocol'
import { registerIpcHandlers } from '../../src/main/ipc/handle'
import type { ApiMethod } from '../../src/shared/api'
import { apiMethods, channelOf } from '../../src/shared/channels'
import { ok, type Result } from '../../src/shared/result'
import { appFrame, subFrame, type FakeElectron, type FakeFrame } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron())

const electron = (await import('electron')) as unknown as FakeElectron

/** One spy handler per method, each answering a Result that names its method and echoes its args. */
function spyHandlers() {
  const spies = Object.fromEntries(
    apiMethods.map((method) => [method, vi.fn(async (args: unknown): Promise<Result<unknown>> => ok({ method, args }))]),
  ) as Record<ApiMethod, ReturnType<typeof vi.fn<(args: unknown) => Promise<Result<unknown>>>>>
  return { spies, handlers: spies as Handlers }
}

let spies: ReturnType<typeof spyHandlers>['spies']

beforeEach(() => {
  electron.ipcMain.handlers.clear()
  electron.ipcMain.handle.mockClear()
  const made = spyHandlers()
  spies = made.spies
  registerIpcHandlers(made.handlers, isAppProtocolUrl)
})

describe('registerIpcHandlers', () => {
  it('registers exactly one ipcMain.handle per API method, on daftar:<method>', () => {
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel)
    expect(channels).toHaveLength(apiMethods.length)
    expect(new Set(channels).size).toBe(channels.length)
    expect([...channels].sort()).toEqual(apiMethods.map((m) => `daftar:${m}`).sort())
    for (const method of apiMethods) expect(channels).toContain(channelOf(method))
  })

  it('uses ipcMain.handle only (no fire-and-forget ipcMain.on channels)', () => {
    expect(electron.ipcMain.on).not.toHaveBeenCalled()
  })

  describe.each(apiMethods)('%s', (method) => {
    const channel = channelOf(method)

    it('passes a trusted call its arguments as one array and returns the handler’s Result', async () => {
      const answer = await electron.ipcMain.invoke(channel, appFrame(), 'first', { second: 2 })
      expect(spies[method]).toHaveBeenCalledTimes(1)
      expect(spies[method]).toHaveBeenCalledWith(['first', { second: 2 }])
      expect(answer).toEqual({ ok: true, value: { method, args: ['first', { second: 2 }] } })
    })

    it('passes a call without arguments an empty array', async () => {
      await electron.ipcMain.invoke(channel, appFrame())
      expect(spies[method]).toHaveBeenCalledWith([])
    })

    it('calls only its own handler', async () => {
      await electron.ipcMain.invoke(channel, appFrame())
      for (const other of apiMethods.filter((m) => m !== method)) expect(spies[other]).not.toHaveBeenCalled()
    })

    it.each<[string, FakeFrame | null | undefined]>([
      ['no sender frame (undefined)', undefined],
      ['no sender frame (null: navigated away or destroyed)', null],
      ['a subframe of the app page', subFrame()],
      ['a subframe with a foreign URL', subFrame('https://evil.example/')],
      ['a top frame on another site', appFrame('https://evil.example/')],
      ['a top frame on file:', appFrame('file:///tmp/evil.html')],
      ['a top frame on a look-alike host', appFrame('app://daftar.evil.example/index.html')],
      ['a top frame on another app:// host', appFrame('app://evil/index.html')],
      ['a top frame on about:blank', appFrame('about:blank')],
      ['a top frame on a data: URL', appFrame('data:text/html,<script>1</script>')],
      ['a top frame with an empty URL', appFrame('')],
    ])('refuses a call from %s with forbidden, without running the handler', async (_what, frame) => {
      const answer = (await electron.ipcMain.invoke(channel, frame, 'x')) as Result<unknown>
      expect(answer.ok).toBe(false)
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } })
      expect(spies[method]).not.toHaveBeenCalled()
    })
  })

  it('answers a Result, never throws, when the sender is refused', async () => {
    await expect(electron.ipcMain.invoke(channelOf('getArticle'), null, '../../etc/passwd')).resolves.toMatchObject({ ok: false })
  })
})
