import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses'
import type { AfterPackContext } from 'electron-builder'
import afterPack from '../../../packaging/after-pack.mjs'

vi.mock('@electron/fuses', async (importOriginal) => ({ ...(await importOriginal<object>()), flipFuses: vi.fn(async () => 1) }))

/** electron-builder's Arch values (builder-util): x64 1, arm64 3. */
const X64 = 1
const ARM64 = 3

const context = (electronPlatformName: string, arch = X64): AfterPackContext =>
  ({
    appOutDir: join('/build', electronPlatformName),
    electronPlatformName,
    arch,
    packager: { appInfo: { productFilename: 'Daftar' }, executableName: 'daftar' },
  }) as unknown as AfterPackContext

const expectedFuses = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
}

beforeEach(() => {
  vi.mocked(flipFuses).mockClear()
  vi.spyOn(console, 'log').mockImplementation(() => {})
})

describe('the afterPack hook', () => {
  it.each([
    ['linux', join('/build/linux', 'daftar')],
    ['win32', join('/build/win32', 'Daftar.exe')],
    ['darwin', join('/build/darwin', 'Daftar.app')],
  ])('flips the fuses of the %s binary, once', async (platform, binary) => {
    await afterPack(context(platform))
    expect(flipFuses).toHaveBeenCalledExactlyOnceWith(binary, { version: FuseVersion.V1, resetAdHocDarwinSignature: false, ...expectedFuses })
  })

  it('redoes the ad-hoc signature of an arm64 Mac app only (it would not start with a broken one)', async () => {
    await afterPack(context('darwin', ARM64))
    await afterPack(context('linux', ARM64))
    expect(vi.mocked(flipFuses).mock.calls.map(([, config]) => config.resetAdHocDarwinSignature)).toEqual([true, false])
  })

  it('fails the build on a platform it does not know, rather than ship unfused', async () => {
    await expect(afterPack(context('aix'))).rejects.toThrow(/no Electron binary known for platform "aix"/)
    expect(flipFuses).not.toHaveBeenCalled()
  })

  it('fails the build when flipping fails', async () => {
    vi.mocked(flipFuses).mockRejectedValueOnce(new Error('Could not find sentinel in the provided Electron binary'))
    await expect(afterPack(context('linux'))).rejects.toThrow(/sentinel/)
  })
})
