import { spawnSync } from 'node:child_process'
import * as fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findElectronBinary, missingElectronMessage } from '../../../scripts/check-electron.mjs'

/**
 * `npm start` where the Electron binary could not be downloaded (issue 14, item 11): it used to end
 * in electron-vite's bare "Error: Electron uninstall". The check runs first and says what to do.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url))
let dir: string

beforeEach(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'daftar-electron-pkg-'))
  await fsp.writeFile(join(dir, 'package.json'), '{"name":"electron","version":"45.4.1"}')
})
afterEach(() => fsp.rm(dir, { recursive: true, force: true }))

const noEnv = {}

describe('finding the Electron binary as electron-vite does', () => {
  it('reports a package whose download never ran (no path.txt)', () => {
    const found = findElectronBinary(dir, noEnv)
    expect(found).toMatchObject({ ok: false, problem: expect.stringMatching(/never downloaded.*ELECTRON_SKIP_BINARY_DOWNLOAD/) })
  })

  it('reports a binary that path.txt names but is not there', async () => {
    await fsp.writeFile(join(dir, 'path.txt'), 'electron')
    expect(findElectronBinary(dir, noEnv)).toMatchObject({ ok: false, problem: expect.stringMatching(/should be at .*dist.*electron, but it is not there/) })
  })

  it('finds a downloaded binary', async () => {
    await fsp.writeFile(join(dir, 'path.txt'), 'electron')
    await fsp.mkdir(join(dir, 'dist'))
    await fsp.writeFile(join(dir, 'dist/electron'), '')
    expect(findElectronBinary(dir, noEnv)).toEqual({ ok: true, binary: join(dir, 'dist/electron') })
  })

  it('reports a missing electron package', () => {
    expect(findElectronBinary(null, noEnv)).toMatchObject({ ok: false, problem: expect.stringMatching(/electron package is not installed/) })
  })

  it('takes ELECTRON_EXEC_PATH first, as electron-vite does', () => {
    expect(findElectronBinary(dir, { ELECTRON_EXEC_PATH: process.execPath })).toEqual({ ok: true, binary: process.execPath })
    expect(findElectronBinary(dir, { ELECTRON_EXEC_PATH: join(dir, 'nowhere') })).toMatchObject({ ok: false, problem: expect.stringMatching(/ELECTRON_EXEC_PATH .* does not exist/) })
  })

  it('tells both ways on: download the binary when online, or browser mode', () => {
    const message = missingElectronMessage('The binary was never downloaded.', join(root, 'node_modules/electron'), root)
    expect(message).toContain('node node_modules/electron/install.js')
    expect(message).toContain('npm run web')
  })
})

describe('npm start without the binary', () => {
  it('stops before electron-vite with the explanation and status 1', () => {
    // ELECTRON_EXEC_PATH pointing nowhere makes the binary missing on any machine, downloaded or not.
    const run = spawnSync('npm', ['start', '--silent'], { cwd: root, encoding: 'utf8', env: { ...process.env, ELECTRON_EXEC_PATH: join(dir, 'no-electron') }, shell: process.platform === 'win32' })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/Daftar cannot start the desktop app: Electron is missing/)
    expect(run.stderr).toMatch(/install\.js/)
    expect(run.stderr).toMatch(/npm run web/)
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/Electron uninstall|building|vite/i)
  })
})
