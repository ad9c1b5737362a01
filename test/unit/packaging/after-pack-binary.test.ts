import * as fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import type { AfterPackContext } from 'electron-builder'
import afterPack from '../../../packaging/after-pack.mjs'

/**
 * The hook against a binary's real fuse wire (no Electron here: a file carrying the wire as
 * Electron 45 lays it out — the sentinel, version 1, length, then one byte per fuse, all in
 * Electron's defaults), flipped by the real @electron/fuses.
 */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const DEFAULTS = [1, 0, 1, 1, 0, 0, 0, 1, 1].map((on) => (on ? FuseState.ENABLE : FuseState.DISABLE))

let appOutDir: string
beforeEach(async () => {
  appOutDir = await fsp.mkdtemp(join(tmpdir(), 'daftar-after-pack-'))
  vi.spyOn(console, 'log').mockImplementation(() => {})
})
afterEach(async () => {
  vi.restoreAllMocks()
  await fsp.rm(appOutDir, { recursive: true, force: true })
})

it('turns RunAsNode, NODE_OPTIONS and --inspect off and asar integrity and asar-only on, leaving the other fuses', async () => {
  const binary = join(appOutDir, 'daftar')
  const padding = Buffer.alloc(64 * 1024, 0x90)
  await fsp.writeFile(binary, Buffer.concat([padding, Buffer.from(SENTINEL), Buffer.from([1, DEFAULTS.length, ...DEFAULTS]), padding]))
  const context = { appOutDir, electronPlatformName: 'linux', arch: 1, packager: { appInfo: { productFilename: 'Daftar' }, executableName: 'daftar' } }
  await afterPack(context as unknown as AfterPackContext)
  const wire = await getCurrentFuseWire(binary)
  expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE)
  expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE)
  expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE)
  expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE)
  expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE)
  expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.DISABLE)
  expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.ENABLE)
  expect((await fsp.stat(binary)).size).toBe(2 * padding.length + SENTINEL.length + 2 + DEFAULTS.length) // nothing else written
})
