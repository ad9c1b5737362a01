/**
 * Re-encodes text the way other programs save it, so the import tests make their fixtures from the
 * seeds instead of shipping files: single-byte code pages through the decoder's own table read
 * backwards, UTF-16 in both byte orders, with and without a byte-order mark.
 */
export function encodeSingleByte(text: string, label: 'windows-1256' | 'iso-8859-6'): Buffer {
  const chars = new TextDecoder(label).decode(new Uint8Array(256).map((_, i) => i))
  const byChar = new Map<string, number>()
  for (let i = chars.length - 1; i >= 0; i--) if (chars[i] !== '\ufffd') byChar.set(chars[i] as string, i)
  return Buffer.from(
    [...text].map((ch) => {
      const byte = byChar.get(ch)
      if (byte === undefined) throw new Error(`${label} cannot encode U+${(ch.codePointAt(0) as number).toString(16)}`)
      return byte
    }),
  )
}

/** The seed text reduced to what ISO-8859-6 carries: curly quotes and dashes become ASCII. */
export const isoSafe = (text: string): string =>
  text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, '-').replace(/…/g, '...')

export const utf16le = (text: string, bom: boolean): Buffer => Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')])
export const utf16be = (text: string, bom: boolean): Buffer => Buffer.concat([Buffer.from(bom ? [0xfe, 0xff] : []), Buffer.from(text, 'utf16le').swap16()])
export const utf8bom = (text: string): Buffer => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
export const crlf = (text: string): Buffer => Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8')

/** UTF-8 bytes read as Windows-1256 and saved again as UTF-8: the classic double encoding. */
export const mojibake = (text: string): Buffer => Buffer.from(new TextDecoder('windows-1256').decode(Buffer.from(text, 'utf8')), 'utf8')
