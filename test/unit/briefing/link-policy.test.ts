import { describe, expect, it } from 'vitest'
import { safeHref } from '../../../src/core/briefing/link-policy'
import { isAllowedLink, linkFromInput } from '../../../src/renderer/src/features/notes/link-policy'

/** Bidi controls, zero-width and other format characters (Unicode category Cf) that can disguise a target. */
const FORMAT_CHARACTERS = ['\u202e', '\u202d', '\u202a', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c', '\u200b', '\u200d', '\u2060', '\ufeff', '\u00ad']

describe('link policy: format characters in a link target', () => {
  for (const c of FORMAT_CHARACTERS) {
    const name = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
    it(`refuses ${name} anywhere in a note link, in the briefing and in the editor`, () => {
      for (const href of [`https://example.com/${c}gpj.exe`, `https://exa${c}mple.com/`, `mailto:a${c}@example.com`, `https://example.com/?q=${c}`]) {
        expect(safeHref(href), href).toBeNull()
        expect(isAllowedLink(href), href).toBe(false)
        // Typed input is trimmed first (a trailing BOM is whitespace to trim()): what is kept must be clean.
        expect(linkFromInput(href) ?? '', href).not.toMatch(/[\p{Cf}]/u)
      }
    })
  }

  it('still accepts clean web and mail links, Arabic paths included', () => {
    expect(safeHref('https://example.com/مقال?x=1')).toBe('https://example.com/مقال?x=1')
    expect(isAllowedLink('https://example.com/مقال')).toBe(true)
    expect(safeHref('mailto:a@example.com?subject=hi')).toBe('mailto:a@example.com?subject=hi')
  })
})
