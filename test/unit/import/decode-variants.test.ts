import { describe, expect, it } from 'vitest'
import { canonicalText, decodeBytes } from '../../../src/core/corpus/decode'
import { declaredCharset, looksLikeHtml } from '../../../src/core/corpus/html-sniff'
import { guessLegacyArabic } from '../../../src/core/corpus/legacy-arabic'
import { parseArticleFile } from '../../../src/core/corpus/parse-article'
import { crlf, encodeSingleByte, isoSafe, mojibake, utf16be, utf16le, utf8bom } from '../../support/encodings'
import { seedBytes, seedFiles, sha256 } from '../../support/seeds'

const seedText = (i: number): string => canonicalText(seedBytes(seedFiles()[i] as string).toString('utf8'))

describe('every encoding a seed can arrive in decodes back to the seed', () => {
  const text = seedText(3)
  const variants: [string, Buffer, string][] = [
    ['windows-1256', encodeSingleByte(text, 'windows-1256'), 'windows-1256'],
    ['UTF-16 LE with a BOM', utf16le(text, true), 'utf-16le'],
    ['UTF-16 LE without a BOM', utf16le(text, false), 'utf-16le'],
    ['UTF-16 BE with a BOM', utf16be(text, true), 'utf-16be'],
    ['UTF-16 BE without a BOM', utf16be(text, false), 'utf-16be'],
    ['UTF-8 with a BOM', utf8bom(text), 'utf-8'],
    ['UTF-8 with CRLF line endings', crlf(text), 'utf-8'],
  ]
  it.each(variants)('%s', (_label, bytes, encoding) => {
    const parsed = parseArticleFile('variant.txt', bytes, sha256)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.article.text).toBe(text)
    expect(parsed.article.encoding).toBe(encoding)
    expect(parsed.article.meta.title.startsWith('\ufeff')).toBe(false)
  })

  it.each(seedFiles().map((_, i) => i))('seed %i in windows-1256 and in ISO-8859-6 (what it can carry) reads back exactly', (i) => {
    const seed = seedText(i)
    expect(decodeBytes(encodeSingleByte(seed, 'windows-1256'))).toEqual({ ok: true, text: seed, encoding: 'windows-1256' })
    const iso = isoSafe(seed)
    expect(decodeBytes(encodeSingleByte(iso, 'iso-8859-6'))).toEqual({ ok: true, text: iso, encoding: 'iso-8859-6' })
  })

  it('tells the two code pages apart although most of their bytes agree', () => {
    const iso = isoSafe(seedText(1))
    const isoBytes = encodeSingleByte(iso, 'iso-8859-6')
    const cpBytes = encodeSingleByte(iso, 'windows-1256')
    const differing = isoBytes.reduce((n, b, i) => n + (b === cpBytes[i] ? 0 : 1), 0)
    expect(differing).toBeGreaterThan(isoBytes.length * 0.2)
    // Read in the other code page, each gives half-right text: the guess must not take it.
    expect(new TextDecoder('windows-1256').decode(isoBytes)).not.toBe(iso)
    expect(guessLegacyArabic(isoBytes)?.encoding).toBe('iso-8859-6')
    expect(guessLegacyArabic(cpBytes)?.encoding).toBe('windows-1256')
  })

  it('repairs Arabic that was double-encoded (UTF-8 read as windows-1256, saved as UTF-8) and says so', () => {
    const text = seedText(4)
    expect(decodeBytes(mojibake(text))).toEqual({ ok: true, text, encoding: 'utf-8', repaired: 'mojibake' })
    expect(decodeBytes(Buffer.from(text))).toEqual({ ok: true, text, encoding: 'utf-8' })
  })
})

describe('bytes that are not an Arabic text', () => {
  it('names the byte where damaged UTF-8 breaks, in the middle or at the end, and never guesses another code page', () => {
    const bytes = Buffer.from(seedText(2), 'utf8')
    // Split an Arabic letter in two (after its lead byte) near the middle, as the edge set does.
    let split = Math.floor(bytes.length / 2)
    while ((bytes[split] as number) < 0x80 || (bytes[split] as number) > 0xbf) split++
    const middle = Buffer.concat([bytes.subarray(0, split), Buffer.from([0x00, 0xff, 0xfe, 0x00]), bytes.subarray(split)])
    const cut = bytes.subarray(0, bytes.length - 1)
    const at = (split - 1).toLocaleString('en-US')
    expect(decodeBytes(middle)).toEqual({
      ok: false,
      code: 'undecodable',
      message: `The file is not valid UTF-8: invalid bytes at byte ${at} of ${middle.length.toLocaleString('en-US')}.`,
      // The same figures as a reason, for the interface to say in its own language.
      reason: { key: 'utf8-invalid', params: { at: split - 1, size: middle.length } },
    })
    expect(decodeBytes(cut)).toMatchObject({ ok: false, code: 'undecodable', message: expect.stringMatching(/cut off in the middle of a character .*it looks truncated/), reason: { key: 'utf8-cut', params: { size: cut.length } } })
  })

  it('refuses a Latin-1 text instead of reading it as Arabic', () => {
    const french = Buffer.from('Le président a déclaré à la presse que l’économie française était en très bonne santé, malgré tout.'.repeat(5), 'latin1')
    expect(decodeBytes(french)).toMatchObject({ ok: false, code: 'undecodable' })
  })

  it('refuses random bytes as binary', () => {
    let x = 7
    const random = Buffer.alloc(20_000)
    for (let i = 0; i < random.length; i++) random[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24
    expect(decodeBytes(random)).toMatchObject({ ok: false, code: 'binary' })
  })
})

describe('saved web pages', () => {
  it('are recognised by their content whatever the file is called', () => {
    expect(looksLikeHtml('\ufeff  <!DOCTYPE html><html dir="rtl"><body><p>نص</p></body></html>')).toBe(true)
    expect(looksLikeHtml('<!-- saved from url=(0014)about:internet -->\n<html lang="ar">')).toBe(true)
    expect(looksLikeHtml(seedText(0))).toBe(false)
    expect(looksLikeHtml('قال إن الوسم <html> لا يظهر في أول النص')).toBe(false)
  })

  it('declare their charset in a meta tag, read before any guess', () => {
    const page = encodeSingleByte('<html><head><meta charset="windows-1256"></head><body><p>' + isoSafe(seedText(1)) + '</p></body></html>', 'windows-1256')
    expect(declaredCharset(page)).toBe('windows-1256')
    expect(declaredCharset(Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6">'))).toBe('iso-8859-6')
    expect(declaredCharset(Buffer.from(seedText(1)))).toBeUndefined()
  })
})
