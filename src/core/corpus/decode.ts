import { guessLegacyArabic, LEGACY_ARABIC, type LegacyArabic } from './legacy-arabic'
import { repairMojibake } from './mojibake'
import { isDamagedUtf8, surveyUtf8, type Utf8Survey } from './utf8-check'
import { reason, type Reason } from './reasons'

/**
 * Bytes → text. Order: byte-order mark, then UTF-16 without a BOM (recognised by its zero bytes:
 * such a file is technically valid ASCII/UTF-8, so it must be caught first), then strict UTF-8,
 * then — only for files whose high bytes do not form UTF-8 — the legacy Arabic code pages
 * (Windows-1256, ISO-8859-6; a charset the file declares, such as an HTML page's <meta charset>,
 * is tried first). Damaged UTF-8 is reported with the byte where it breaks, never guessed at.
 * Valid UTF-8 that is double-encoded Arabic (mojibake) is repaired, and says so.
 */
export type DecodeResult =
  | { ok: true; text: string; encoding: string; repaired?: 'mojibake' }
  | { ok: false; code: 'empty' | 'binary' | 'undecodable'; message: string; reason: Reason }

export interface DecodeOptions {
  /** A charset the file declares (an HTML page's <meta charset>): tried before guessing. */
  declared?: string
}

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

const BINARY = { ok: false, code: 'binary', message: 'The file holds binary data, not text.', reason: reason('binary') } as const

const thousands = (n: number): string => n.toLocaleString('en-US')

function damaged(survey: Utf8Survey, size: number): DecodeResult {
  const at = { at: survey.firstInvalid, size }
  return survey.truncatedAtEnd
    ? { ok: false, code: 'undecodable', message: `The file is UTF-8 cut off in the middle of a character (byte ${thousands(survey.firstInvalid)} of ${thousands(size)}): it looks truncated.`, reason: reason('utf8-cut', at) }
    : { ok: false, code: 'undecodable', message: `The file is not valid UTF-8: invalid bytes at byte ${thousands(survey.firstInvalid)} of ${thousands(size)}.`, reason: reason('utf8-invalid', at) }
}

const asLegacy = (label: string | undefined): LegacyArabic | null => {
  const key = label?.trim().toLowerCase()
  if (key === 'windows-1256' || key === 'cp1256') return 'windows-1256'
  if (key === 'iso-8859-6' || key === 'iso_8859-6' || key === 'arabic') return 'iso-8859-6'
  return LEGACY_ARABIC.find((l) => l === key) ?? null
}

/** Text of a file that is not UTF-8 or UTF-16: the declared or the detected legacy Arabic code page. */
function decodeLegacy(bytes: Uint8Array, options: DecodeOptions): DecodeResult {
  const survey = surveyUtf8(bytes)
  if (isDamagedUtf8(survey)) return damaged(survey, bytes.length)
  const declared = asLegacy(options.declared)
  const text = declared ? strict(declared, bytes) : null
  const guess = text !== null && declared ? { encoding: declared, text } : guessLegacyArabic(bytes)
  if (!guess) {
    // Read as Latin-1 only to count control bytes: many of them mean binary data.
    const latin1 = new TextDecoder('iso-8859-1').decode(bytes)
    if (bytes.includes(0) || controlShare(latin1) > 0.02) return BINARY
    return { ok: false, code: 'undecodable', message: 'The file is neither UTF-8 nor UTF-16, and does not read as Arabic in Windows-1256 or ISO-8859-6.', reason: reason('not-arabic') }
  }
  return { ok: true, text: guess.text, encoding: guess.encoding }
}

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  if (bytes.length === 0) return { ok: false, code: 'empty', message: 'The file is empty (0 bytes).', reason: reason('no-bytes') }
  let result: DecodeResult
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    result = utf(bytes, 'utf-8')
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    result = utf(bytes, 'utf-16le')
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    result = utf(bytes, 'utf-16be')
  } else {
    const utf16 = sniffUtf16(bytes)
    result = utf16 ? utf(bytes, utf16) : strict('utf-8', bytes) === null ? decodeLegacy(bytes, options) : utf(bytes, 'utf-8')
  }
  if (!result.ok) return result
  if (controlShare(result.text) > 0.02 || result.text.includes('\u0000')) return BINARY
  if (result.text.trim().length === 0) return { ok: false, code: 'empty', message: 'The file holds no text.', reason: reason('no-text') }
  if (result.encoding === 'utf-8') {
    const repaired = repairMojibake(result.text)
    if (repaired !== null) return { ok: true, text: repaired, encoding: 'utf-8', repaired: 'mojibake' }
  }
  return result
}

/** A Unicode encoding known from its BOM or its shape: strict, so damage is reported, not replaced. */
function utf(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): DecodeResult {
  const text = strict(encoding, bytes)
  if (text !== null) return { ok: true, text, encoding }
  if (encoding === 'utf-8') {
    const survey = surveyUtf8(bytes)
    if (survey.invalid > 0 && survey.sequences > 0) return damaged(survey, bytes.length)
  }
  return bytes.includes(0) && encoding === 'utf-8' ? BINARY : { ok: false, code: 'undecodable', message: `The file is not valid ${encoding.toUpperCase()} text.`, reason: reason('not-unicode', { encoding: encoding.toUpperCase() }) }
}

/** Canonical text: line endings become `\n` (CRLF and lone CR), nothing else changes. */
export function canonicalText(decoded: string): string {
  return decoded.includes('\r') ? decoded.replace(/\r\n?/g, '\n') : decoded
}
