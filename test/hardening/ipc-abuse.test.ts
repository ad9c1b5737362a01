import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { isAppProtocolUrl } from '../../src/main/app-protocol'
import { registerIpcHandlers } from '../../src/main/ipc/handle'
import type { ApiMethod } from '../../src/shared/api'
import { apiMethods, channelOf } from '../../src/shared/channels'
import type { Result } from '../../src/shared/result'
import { appFrame, subFrame, type FakeElectron, type FakeFrame } from '../main/fake-electron'
import { openHandlers, SEEDS_DIR } from '../unit/helpers/backend'
import { makeTempDir } from '../unit/helpers/temp-dir'
import { hostileArgs } from './abuse/payloads'
import { recordFigures } from './figures'

vi.mock('electron', async () => (await import('../main/fake-electron')).createFakeElectron())
const electron = (await import('electron')) as unknown as FakeElectron

/** Files under `dir`, with sizes and times, to prove nothing outside the data folder changed. */
async function snapshot(dir: string): Promise<string[]> {
  const entries = await fsp.readdir(dir, { recursive: true, withFileTypes: true })
  return Promise.all(
    entries.map(async (e) => {
      const path = join(e.parentPath, e.name)
      const stat = await fsp.stat(path)
      return `${path} ${e.isDirectory() ? 'dir' : stat.size} ${stat.mtimeMs}`
    }),
  ).then((lines) => lines.sort())
}

/** Every IPC handler of the real backend, behind the real registration, answering from `frame`. */
async function wiredApp() {
  const root = await makeTempDir('ipc-abuse')
  const dataDir = join(root, 'data')
  const outside = join(root, 'outside')
  await fsp.mkdir(outside)
  await fsp.writeFile(join(outside, 'keep.txt'), 'outside the data folder')
  const { handlers } = await openHandlers({ dataDir, seedsDir: SEEDS_DIR })
  electron.ipcMain.handlers.clear()
  registerIpcHandlers(handlers, isAppProtocolUrl)
  // Electron copies arguments with the structured clone algorithm, as this does.
  const call = (method: ApiMethod, frame: FakeFrame | null, args: unknown[]): Promise<unknown> =>
    electron.ipcMain.invoke(channelOf(method), frame, ...structuredClone(args))
  return { root, dataDir, outside, call }
}

const isResult = (value: unknown): value is Result<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean'

describe('IPC abuse: every handler, every hostile payload, from the app and from untrusted frames', () => {
  it('answers every call with a Result, crashes on none, pollutes no prototype and touches no file outside the data folder', { timeout: 120_000 }, async () => {
    const app = await wiredApp()
    const outsideBefore = await snapshot(app.outside)
    const rootBefore = (await fsp.readdir(app.root)).sort()
    const figures = { calls: 0, crashes: 0, internalErrors: 0, refused: 0, accepted: 0, problems: [] as string[] }
    for (const method of apiMethods) {
      for (const [name, args] of hostileArgs(app.outside)) {
        figures.calls++
        let answer: unknown
        try {
          answer = await app.call(method, appFrame(), args)
        } catch (error) {
          figures.crashes++
          figures.problems.push(`${method}(${name}) threw: ${String(error).slice(0, 200)}`)
          continue
        }
        if (!isResult(answer)) figures.problems.push(`${method}(${name}) answered a non-Result`)
        else if (answer.ok) figures.accepted++
        else if (answer.error.code === 'internal') {
          figures.internalErrors++
          figures.problems.push(`${method}(${name}) hit a bug: ${answer.error.message.slice(0, 200)}`)
        } else figures.refused++
      }
    }
    recordFigures('ipc-abuse', figures)
    expect(figures.problems).toEqual([])
    expect(figures.calls).toBe(apiMethods.length * hostileArgs(app.outside).length)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(await snapshot(app.outside)).toEqual(outsideBefore)
    expect((await fsp.readdir(app.root)).sort()).toEqual(rootBefore)
    // Most hostile calls are refused; the few accepted ones are harmless (an entity named "CON", …).
    expect(figures.refused).toBeGreaterThan(figures.accepted * 5)
  })

  const untrusted: [string, FakeFrame | null][] = [
    ['no frame', null],
    ['a subframe of the app', subFrame()],
    ['a subframe on another site', subFrame('https://evil.example/')],
    ['a top frame on another site', appFrame('https://evil.example/')],
    ['a top frame on file:', appFrame('file:///tmp/evil.html')],
    ['a look-alike app host', appFrame('app://daftar.evil.example/index.html')],
    ['a mixed-case scheme', appFrame('APP://evil/index.html')],
  ]

  it('refuses every method from every untrusted frame with forbidden, and changes nothing', async () => {
    const app = await wiredApp()
    const before = await snapshot(app.dataDir)
    let calls = 0
    for (const method of apiMethods) {
      for (const [name, frame] of untrusted) {
        calls++
        const answer = await app.call(method, frame, [{ title: 'x', body: { type: 'doc' }, attachments: [] }])
        expect(answer, `${method} from ${name}`).toMatchObject({ ok: false, error: { code: 'forbidden' } })
      }
    }
    recordFigures('ipc-untrusted-frames', { calls, refused: calls })
    expect(await snapshot(app.dataDir)).toEqual(before)
  })
})
