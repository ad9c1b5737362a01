import { describe, expect, it } from 'vitest'
import { canonicalText, decodeBytes, sniffUtf16 } from '../../../src/core/corpus/decode'
import { seedBytes, seedFiles } from '../../support/seeds'

const seedText = (): string => seedBytes(seedFiles()[3] as string).toString('utf8')

const utf16le = (text: string): Uint8Array => Buffer.from(text, 'utf16le')
const utf16be = (text: string): Uint8Array => {
  const le = Buffer.from(text, 'utf16le')
  return le.swap16()
}

describe('decodeBytes', () => {
  it('decodes UTF-8 and keeps the text as it is', () => {
    const result = decodeBytes(seedBytes(seedFiles()[3] as string))
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8' })
    if (result.ok) expect(result.text).toBe(seedText())
  })

  it('strips a UTF-8 byte-order mark so it never reaches the title', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText())])
    const result = decodeBytes(bom)
    expect(result.ok && result.text).toBe(seedText())
  })

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(seedText())])
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(seedText())])
    expect(decodeBytes(le)).toEqual({ ok: true, text: seedText(), encoding: 'utf-16le' })
    expect(decodeBytes(be)).toEqual({ ok: true, text: seedText(), encoding: 'utf-16be' })
  })

  it('recognises UTF-16 without a BOM although its bytes are valid ASCII', () => {
    expect(sniffUtf16(utf16le(seedText()))).toBe('utf-16le')
    expect(sniffUtf16(utf16be(seedText()))).toBe('utf-16be')
    expect(decodeBytes(utf16le(seedText()))).toEqual({ ok: true, text: seedText(), encoding: 'utf-16le' })
    expect(decodeBytes(utf16be(seedText()))).toEqual({ ok: true, text: seedText(), encoding: 'utf-16be' })
  })

  it('reports an empty file', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ ok: false, code: 'empty' })
    expect(decodeBytes(Buffer.from(' \n\u00a0\n'))).toMatchObject({ ok: false, code: 'empty' })
  })

  it('reports random bytes as binary', () => {
    let x = 12345
    const random = Buffer.alloc(20_000)
    for (let i = 0; i < random.length; i++) random[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24
    expect(decodeBytes(random)).toMatchObject({ ok: false, code: 'binary' })
  })

  it('reports invalid UTF-8 in the middle or at the end instead of guessing', () => {
    const text = Buffer.from(seedText())
    const middle = Buffer.concat([text.subarray(0, 101), Buffer.from([0xff, 0xfe]), text.subarray(101)])
    const truncated = text.subarray(0, text.length - 1)
    const cut = truncated.at(-1) as number
    expect(cut >= 0x80).toBe(true) // the seed ends in Arabic: the cut falls inside a character
    expect(decodeBytes(middle)).toMatchObject({ ok: false, code: 'undecodable' })
    expect(decodeBytes(truncated)).toMatchObject({ ok: false, code: 'undecodable' })
  })

  it('reports text with NUL bytes inside as binary', () => {
    expect(decodeBytes(Buffer.from('مرحبا\u0000\u0000بالعالم'))).toMatchObject({ ok: false, code: 'binary' })
  })
})

describe('canonicalText', () => {
  it('turns CRLF and lone CR into LF and changes nothing else', () => {
    expect(canonicalText('أ\r\nب\rج\nد\u00a0')).toBe('أ\nب\nج\nد\u00a0')
  })
})
