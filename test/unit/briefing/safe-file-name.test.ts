import { describe, expect, it } from 'vitest'
import { safeFileName } from '../../../src/core/briefing/safe-file-name'
import { utf8Length } from '../../../src/core/text/utf8'
import { seededRandom } from '../helpers/clock'

const RESERVED = /^(?:con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(?:\.|$)/i

/** What every name must be, whatever the title. */
function expectSafe(name: string): void {
  expect(utf8Length(name)).toBeLessThanOrEqual(255)
  expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u2028\u2029]/)
  expect(name).not.toMatch(/^[.\s-]|[.\s]$/)
  expect(name.slice(0, -3)).not.toMatch(/[.\s]$/)
  expect(name).not.toMatch(RESERVED)
  expect(name).toBe(name.normalize('NFC'))
  expect(name).toMatch(/\.md$/)
}

describe('safe file names', () => {
  it('keeps an Arabic title readable', () => {
    expect(safeFileName('إحاطة: مارك زوكربيرغ')).toBe('إحاطة - مارك زوكربيرغ.md')
  })

  it.each([
    ['../../etc/passwd', 'etc - passwd.md'],
    ['..\\..\\Windows\\win.ini', 'Windows - win.ini.md'],
    ['/abs/path', 'abs - path.md'],
    ['-rf', 'rf.md'],
    ['a<b>c"d|e?f*g', 'a-b-c-d-e-f-g.md'],
    ['name. . .', 'name.md'],
    ['  .hidden', 'hidden.md'],
    ['', 'briefing.md'],
    ['...', 'briefing.md'],
    ['\u202eexe.md\u202c', 'exe.md.md'],
    ['a\u200f\u200eb\u2066c\u2069\u061cd', 'abcd.md'],
    ['line\nbreak\ttab\u0000nul', 'linebreaktabnul.md'],
  ])('%j → %j', (title, name) => {
    expect(safeFileName(title)).toBe(name)
    expectSafe(safeFileName(title))
  })

  it.each(['CON', 'con', 'Prn', 'AUX', 'NUL', 'COM1', 'com9', 'LPT1', 'lpt9', 'COM¹', 'nul.txt', 'CON.tar'])('avoids the reserved name %s', (title) => {
    const name = safeFileName(title)
    expectSafe(name)
    expect(name.startsWith('_')).toBe(true)
  })

  it('composes decomposed text (NFC)', () => {
    expect(safeFileName('Cafe\u0301')).toBe('Café.md')
  })

  it('cuts a long Arabic title to 255 bytes between letters, never inside a letter and its tashkeel', () => {
    const title = 'مُحَمَّدٌ '.repeat(60)
    const name = safeFileName(title)
    expectSafe(name)
    expect(utf8Length(name)).toBeGreaterThan(240)
    const stem = name.slice(0, -3)
    expect(/[\u064b-\u0652]/.test(stem.at(-1) ?? '') || /[\u0621-\u064a]/.test(stem.at(-1) ?? '')).toBe(true)
    expect(title.startsWith(stem)).toBe(true)
    expect(title.charAt(stem.length)).not.toMatch(/[\u064b-\u0652]/)
  })

  it('cuts astral characters whole', () => {
    const name = safeFileName('😀'.repeat(100))
    expectSafe(name)
    expect(name).toBe(`${'😀'.repeat(63)}.md`)
  })

  it('is safe for 2,000 random titles', () => {
    const random = seededRandom(42)
    const pool = ['a', 'م', '.', ' ', '/', '\\', ':', '*', '?', '"', '<', '>', '|', '\u0000', '\u200f', '\u202e', '\u2067', '\ufeff', 'ً', '😀', 'C', 'O', 'N', '1', '\n', '\u2028', 'e\u0301']
    for (let i = 0; i < 2000; i++) {
      const title = Array.from({ length: Math.floor(random() * 300) }, () => pool[Math.floor(random() * pool.length)]).join('')
      expectSafe(safeFileName(title))
    }
  })
})
