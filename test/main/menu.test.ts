import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { menuTemplate } from '../../src/main/menu'

/** Every item of a template, submenus included. */
const items = (template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])])
const roles = (template: readonly MenuItemConstructorOptions[]): string[] => items(template).flatMap((i) => (i.role ? [i.role] : []))
const labels = (template: readonly MenuItemConstructorOptions[]): string[] => items(template).flatMap((i) => (i.label ? [i.label] : []))

const ARABIC = /[\u0600-\u06ff]/
const DEVELOPER = ['reload', 'forceReload', 'toggleDevTools']

describe('the application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('packaged on %s: no reload and no developer tools', (platform) => {
    const template = menuTemplate({ locale: 'ar', packaged: true, platform })
    expect(roles(template).filter((r) => DEVELOPER.includes(r))).toEqual([])
  })

  it('unpackaged (npm start, npm run dev): reload and developer tools are there', () => {
    expect(roles(menuTemplate({ locale: 'en', packaged: false, platform: 'linux' }))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })

  it('keeps the Edit roles that give copy, paste and select-all their shortcuts', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      expect(roles(menuTemplate({ locale: 'ar', packaged: true, platform }))).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']))
    }
  })

  it('speaks the interface language: every label Arabic in Arabic, none in English', () => {
    const ar = labels(menuTemplate({ locale: 'ar', packaged: false, platform: 'linux' }))
    const en = labels(menuTemplate({ locale: 'en', packaged: false, platform: 'linux' }))
    expect(ar.length).toBeGreaterThan(15)
    expect(ar.filter((l) => !ARABIC.test(l))).toEqual([])
    expect(en).toHaveLength(ar.length)
    expect(en.filter((l) => ARABIC.test(l))).toEqual([])
  })

  it('on macOS starts with the app menu (About, Hide, Quit) and closes the window from File; elsewhere File quits', () => {
    const mac = menuTemplate({ locale: 'en', packaged: true, platform: 'darwin' })
    expect(mac[0]?.role).toBe('appMenu')
    expect(roles(mac)).toContain('close')
    const linux = menuTemplate({ locale: 'en', packaged: true, platform: 'linux' })
    expect(roles(linux)).not.toContain('appMenu')
    expect(roles(linux)).toContain('quit')
  })
})
