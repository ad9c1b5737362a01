// @ts-check
import { join } from 'node:path'
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses'

/** electron-builder's Arch enum value for arm64 (builder-util: ia32 0, x64 1, armv7l 2, arm64 3). */
const ARM64 = 3

/**
 * What the packaged Electron may do, fixed in its binary (https://www.electronjs.org/docs/latest/tutorial/fuses):
 * it cannot be run as a plain Node (ELECTRON_RUN_AS_NODE), take code from NODE_OPTIONS or open an
 * inspector from --inspect flags, and it loads only the app.asar electron-builder wrote, checked
 * against the hash embedded at package time (macOS and Windows; Electron has no such check on Linux).
 */
export const FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
}

/**
 * The file that carries the fuses, as electron-builder names it: the .app bundle on macOS (the
 * fuses live in its Electron Framework), the .exe on Windows, the executable on Linux.
 * @param {{ appOutDir: string, electronPlatformName: string, packager: { appInfo: { productFilename: string }, executableName?: string } }} context
 */
export function electronBinary({ appOutDir, electronPlatformName, packager }) {
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`)
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`)
    case 'linux':
      return join(appOutDir, packager.executableName ?? packager.appInfo.productFilename)
    default:
      throw new Error(`Daftar after-pack: no Electron binary known for platform "${electronPlatformName}"`)
  }
}

/**
 * electron-builder's afterPack hook: runs once per platform and architecture, after the app is
 * copied in and before anything is signed (changing the binary after signing would break the
 * signature). An arm64 Mac app is unusable unsigned, so there the ad-hoc signature is redone.
 * @param {import('electron-builder').AfterPackContext} context
 */
export default async function afterPack(context) {
  const binary = electronBinary(context)
  await flipFuses(binary, {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === ARM64,
    ...FUSES,
  })
  console.log(`  • Daftar: Electron fuses set in ${binary}`)
}
