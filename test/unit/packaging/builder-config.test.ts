import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { FuseV1Options } from '@electron/fuses'
import type { Configuration } from 'electron-builder'
import { DEEP_LINK_SCHEME } from '../../../src/core/briefing/deep-link'
import afterPack, { FUSES } from '../../../packaging/after-pack.mjs'

/** The installers' configuration as electron-builder loads it (it finds the file by its name). */
const root = fileURLToPath(new URL('../../..', import.meta.url))
const config = createRequire(import.meta.url)(join(root, 'electron-builder.config.cjs')) as Configuration
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { productName: string; main: string; scripts: Record<string, string> }

const targetsOf = (platform: 'linux' | 'mac' | 'win'): unknown => config[platform]?.target

describe('electron-builder configuration', () => {
  it('is the one `npm run dist` builds with (electron-builder would not find a *.config.cjs by itself)', () => {
    expect(pkg.scripts['dist']).toMatch(/^npm run build && electron-builder --config electron-builder\.config\.cjs\b/)
  })

  it('names the app as package.json does', () => {
    expect(config.productName).toBe('Daftar')
    expect(config.productName).toBe(pkg.productName)
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/)
  })

  it('builds AppImage and deb on Linux, dmg on macOS, nsis on Windows', () => {
    expect(targetsOf('linux')).toEqual(['AppImage', 'deb'])
    expect(targetsOf('mac')).toEqual(['dmg'])
    expect(targetsOf('win')).toEqual(['nsis'])
  })

  it('registers the scheme of the deep links the app opens, on every platform', () => {
    const schemes = [config.protocols].flat().flatMap((p) => p?.schemes ?? [])
    expect(schemes).toEqual([DEEP_LINK_SCHEME])
    expect(DEEP_LINK_SCHEME).toBe('daftar')
    expect(config.linux?.mimeTypes).toContain(`x-scheme-handler/${DEEP_LINK_SCHEME}`)
  })

  it('packs the built bundles (main, preload, renderer) into an asar, without browser mode', () => {
    expect(config.asar).toBe(true)
    expect(config.files).toEqual(['out/**', '!out/node/**'])
    expect(pkg.main).toBe('./out/main/index.js') // inside out/**: the packaged app's entry is in the asar
  })

  it('ships the seeds beside the asar, as resources/seeds (where src/main reads them when packaged)', () => {
    expect(config.extraResources).toEqual([{ from: 'seeds', to: 'seeds', filter: ['**/*'] }])
    const main = readFileSync(join(root, 'src/main/index.ts'), 'utf8')
    expect(main).toContain("app.isPackaged ? join(process.resourcesPath, 'seeds')")
    expect(existsSync(join(root, 'seeds/entities.json'))).toBe(true)
  })

  it('uses a PNG icon from resources/ large enough for every platform (macOS wants 512 px or more)', () => {
    expect(config.icon).toBe('resources/icon.png')
    const png = readFileSync(join(root, config.icon as string))
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024])
  })

  it('flips the fuses in its afterPack hook, and the fuses are these', async () => {
    expect(config.afterPack).toBe('./packaging/after-pack.mjs')
    const hook = (await import(join(root, config.afterPack as string))) as { default: unknown }
    expect(hook.default).toBe(afterPack)
    expect(FUSES).toEqual({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    })
  })
})
