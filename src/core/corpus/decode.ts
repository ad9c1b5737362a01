/**
 * Bytes → text. Order: byte-order mark, then UTF-16 without a BOM (recognised by its zero bytes:
 * such a file is technically valid ASCII/UTF-8, so it must be caught first), then strict UTF-8.
 * Anything else is reported, never guessed: legacy Arabic code pages arrive with the import work.
 */
export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; code: 'empty' | 'binary' | 'undecodable'; message: string }

const strict = (label: string, bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return null
  }
}

/**
 * Guesses UTF-16 without a BOM. In such a file the high byte of nearly every code unit is one of
 * a few values: 0x00 (ASCII: spaces, digits, Latin), 0x06 (Arabic), 0x20 (punctuation such as “ ”
 * and –), 0xFB/0xFE (presentation forms). UTF-8 and single-byte text never look like that at
 * either alignment, so a strong majority at one alignment and not the other decides.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 8192)
  if (n < 4) return null
  const likelyHigh = (b: number | undefined): boolean => b === 0x00 || b === 0x06 || b === 0x20 || b === 0xfb || b === 0xfe
  const units = n / 2
  const allowedMisses = units * 0.1
  let le = 0
  let be = 0
  for (let i = 0; i < n; i += 2) {
    if (likelyHigh(bytes[i + 1])) le++
    if (likelyHigh(bytes[i])) be++
    const seen = i / 2 + 1
    if (seen - le > allowedMisses && seen - be > allowedMisses) return null // UTF-8 or single-byte text: stop early
  }
  if (le >= units * 0.9 && be < units * 0.5) return 'utf-16le'
  if (be >= units * 0.9 && le < units * 0.5) return 'utf-16be'
  return null
}

/** Share of C0 control characters other than tab, line feed and carriage return. */
function controlShare(text: string): number {
  if (text.length === 0) return 0
  let controls = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) controls++
  }
  return controls / text.length
}

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, code: 'empty', message: 'The file is empty (0 bytes).' }
  let encoding: string
  let text: string | null
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8'
    text = strict('utf-8', bytes)
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le'
    text = strict('utf-16le', bytes)
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be'
    text = strict('utf-16be', bytes)
  } else {
    const utf16 = sniffUtf16(bytes)
    encoding = utf16 ?? 'utf-8'
    text = strict(encoding, bytes)
  }
  if (text === null) {
    const binary = bytes.includes(0)
    return binary
      ? { ok: false, code: 'binary', message: 'The file holds binary data, not text.' }
      : { ok: false, code: 'undecodable', message: `The file is not valid ${encoding.toUpperCase()} text.` }
  }
  if (controlShare(text) > 0.02 || text.includes('\u0000')) {
    return { ok: false, code: 'binary', message: 'The file holds binary data, not text.' }
  }
  if (text.trim().length === 0) return { ok: false, code: 'empty', message: 'The file holds no text.' }
  return { ok: true, text, encoding }
}

/** Canonical text: line endings become `\n` (CRLF and lone CR), nothing else changes. */
export function canonicalText(decoded: string): string {
  return decoded.includes('\r') ? decoded.replace(/\r\n?/g, '\n') : decoded
}
