import * as fsp from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeBriefingFile } from '../../src/backend/briefing/briefing-file'
import { MAX_FILE_NAME_BYTES, safeFileName } from '../../src/core/briefing/safe-file-name'
import { makeTempDir } from '../unit/helpers/temp-dir'
import { recordFigures } from './figures'

const arabic300 = 'تقريرٌ عن الذَّكاء الاصطناعيّ '.repeat(12) // ~600 bytes of UTF-8, with tashkeel at every cut
const HOSTILE_TITLES: [string, string][] = [
  ['parent traversal', '../../etc/passwd'],
  ['Windows traversal', '..\\..\\Windows\\win.ini'],
  ['absolute path', '/etc/cron.d/evil'],
  ['drive path', 'C:\\Users\\Public\\evil'],
  ['UNC path', '\\\\server\\share\\evil'],
  ['only dots', '...'],
  ['dot-dot', '..'],
  ['hidden file', '.bashrc'],
  ['option-like', '-rf --no-preserve-root'],
  ['CON', 'CON'],
  ['con lower', 'con'],
  ['COM1', 'COM1'],
  ['LPT1 with extension', 'LPT1.md'],
  ['nul with extension', 'nul.txt'],
  ['COM superscript', 'COM¹'],
  ['AUX padded', '  AUX  '],
  ['trailing dots', 'report...'],
  ['trailing spaces', 'report   '],
  ['trailing dot and space', 'report. . '],
  ['reserved characters', 'a<b>c:d"e/f\\g|h?i*j'],
  ['control characters', 'line\nbreak\ttab\u0000nul\u0007bell'],
  ['bidi override (extension spoof)', 'invoice\u202Edm.exe'],
  ['bidi isolates and marks', '\u2066تقرير\u2069\u200F \u200E\u061C'],
  ['zero-width characters', 'zero\u200Bwidth\u200Djoiner\uFEFF'],
  ['line and paragraph separators', 'a\u2028b\u2029c'],
  ['more than 255 bytes of Arabic', arabic300],
  ['more than 255 bytes of Latin', 'x'.repeat(400)],
  ['emoji at the cut', `${'a'.repeat(250)}👩‍👩‍👧‍👦`],
  ['empty', ''],
  ['only spaces', '     '],
  ['only invisible characters', '\u200B\u202E\u2066'],
  ['NFD Latin', 'Cafe\u0301'],
  ['NFD Arabic (alef with madda decomposed)', 'ا\u0653لة'],
]

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i

describe('export file names: hostile titles become safe names inside the chosen folder, never overwriting silently', () => {
  it(`turns ${HOSTILE_TITLES.length} hostile titles into safe names`, () => {
    for (const [what, title] of HOSTILE_TITLES) {
      const name = safeFileName(title)
      expect(name, what).toMatch(/\.md$/)
      expect(name, what).not.toMatch(/[/\\<>:"|?*]/)
      expect(INVISIBLE.test(name), `${what}: ${JSON.stringify(name)}`).toBe(false)
      expect(Buffer.byteLength(name, 'utf8'), what).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES)
      expect(RESERVED.test(name), `${what}: ${name}`).toBe(false)
      expect(name, what).toBe(name.normalize('NFC'))
      expect(name, what).not.toMatch(/^[.\-\s]/)
      expect(name.slice(0, -3), what).not.toMatch(/[.\s]$/)
      // A cut never separates a letter from its tashkeel (the name stays well-formed text).
      expect(name, what).not.toMatch(/^[\u064B-\u0652]/)
    }
  })

  it('writes each name inside the folder and nowhere else; a twin or a clash is refused, the first file kept', async () => {
    const root = await makeTempDir('export-names')
    const folder = join(root, 'briefings')
    await fsp.mkdir(folder)
    let written = 0
    let refused = 0
    for (const [what, title] of HOSTILE_TITLES) {
      const path = join(folder, safeFileName(title))
      expect(dirname(resolve(path)), what).toBe(folder)
      const first = await writeBriefingFile(path, `# ${what}\n`, { overwrite: false })
      if (first.ok) written++
      else {
        // Two hostile titles may reduce to the same name (every empty one becomes "briefing.md"): refused, kept.
        expect(first.error.details?.['reason'], what).toBe('exists')
        refused++
      }
    }
    // Nothing outside the folder: the root holds the folder only.
    expect(await fsp.readdir(root)).toEqual(['briefings'])
    expect((await fsp.readdir(folder)).length).toBe(written)

    // NFC/NFD twins name the same file: the second save is refused and the first file keeps its bytes.
    const nfc = join(folder, safeFileName('تقرير آخر Café'))
    const nfd = join(folder, safeFileName('تقرير ا\u0653خر Cafe\u0301'))
    expect(nfd).toBe(nfc)
    expect((await writeBriefingFile(nfc, 'first\n', { overwrite: false })).ok).toBe(true)
    const twin = await writeBriefingFile(nfd, 'second\n', { overwrite: false })
    expect(twin).toMatchObject({ ok: false, error: { code: 'write-failed', details: { reason: 'exists' } } })
    expect(await fsp.readFile(nfc, 'utf8')).toBe('first\n')
    // Replacing happens only when the user agreed (the save dialog asked, or the CLI got --force).
    expect((await writeBriefingFile(nfc, 'replaced\n', { overwrite: true })).ok).toBe(true)
    expect(await fsp.readFile(nfc, 'utf8')).toBe('replaced\n')
    recordFigures('export-names', { hostileTitles: HOSTILE_TITLES.length, written, refusedAsExisting: refused + 1, outsideTheFolder: 0 })
  })
})
