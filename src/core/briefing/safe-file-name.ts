import { cutToUtf8Bytes, MAX_FILE_NAME_BYTES, utf8Length } from '../text/utf8'

/**
 * A file name made from a title, safe on Windows, macOS and Linux: no path parts, no control,
 * format (bidi, zero-width) or line-separator characters, none of < > : " / \ | ? *, no leading or
 * trailing dots and spaces, not a reserved Windows device name (CON, PRN, AUX, NUL, COM1–9,
 * LPT1–9 — with or without an extension, superscript digits included), NFC, and at most 255 bytes
 * of UTF-8 with its extension, cut between graphemes (never inside a letter and its tashkeel).
 */
export { MAX_FILE_NAME_BYTES }

const RESERVED = /^(?:con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(?:\..*)?$/iu

/** The characters a name may not hold anywhere: controls, format characters (bidi marks, zero-width, BOM), separators of lines. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu
/** Reserved by Windows (and "/" everywhere, ":" on macOS). */
const FORBIDDEN = /[<>:"/\\|?*]+/g

// A leading dot hides a file, a leading dash reads as an option to command-line tools, trailing dots and spaces vanish on Windows.
const trimEdges = (s: string): string => s.replace(/^[\s.-]+/u, '').replace(/[\s.]+$/u, '')

/**
 * `extension` includes its dot (".md"). `fallback` is used when nothing usable is left of the title.
 */
export function safeFileName(title: string, extension = '.md', fallback = 'briefing'): string {
  const cleaned = title
    .normalize('NFC')
    .replace(INVISIBLE, '')
    // Path parts: the pieces between separators are kept as words, "." and ".." are dropped.
    .split(/[/\\]+/)
    .map((part) => part.trim())
    .filter((part) => part && !/^\.+$/.test(part))
    .join(' - ')
    .replace(/\s*:\s*/g, ' - ')
    .replace(FORBIDDEN, '-')
    .replace(/\s+/gu, ' ')
  let stem = trimEdges(cutToUtf8Bytes(trimEdges(cleaned), MAX_FILE_NAME_BYTES - utf8Length(extension)))
  if (!stem) stem = fallback
  if (RESERVED.test(stem) || RESERVED.test(`${stem}${extension}`)) stem = `_${stem}`
  return `${cutToUtf8Bytes(stem, MAX_FILE_NAME_BYTES - utf8Length(extension))}${extension}`.normalize('NFC')
}

