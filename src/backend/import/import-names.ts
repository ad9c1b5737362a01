import { isInvisibleControl } from '../../core/text/chars'
import { cutToUtf8Bytes, utf8Length } from '../../core/text/utf8'

/**
 * File names for imported originals. The name a file arrives with is the user's (it may hold
 * path parts, control characters, bidi overrides that make "txt.exe" look like "exe.txt", or
 * zero-width characters); the name it is stored under must be safe on every OS and unique in
 * the library, because the article id is taken from it (ids are stable across restarts).
 */
const MAX_NAME_BYTES = 200
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i
const ILLEGAL = /[<>:"/\\|?*\u0000-\u001f\u007f]/g

/** The name without invisible and bidi controls: what the user sees, and what is shown back. */
export function visibleName(name: string): string {
  let out = ''
  for (const ch of name) {
    const c = ch.codePointAt(0) as number
    if (c < 0x20 || c === 0x7f || isInvisibleControl(c)) continue
    out += ch
  }
  return out.trim()
}

export const baseName = (name: string): string => name.replace(/^.*[\\/]/, '')

/** A stored file name: base name only, no controls or characters Windows refuses, ≤ 200 bytes. */
export function safeFileName(name: string): string {
  const visible = visibleName(baseName(name)).replace(ILLEGAL, '_').replace(/[. ]+$/, '')
  const dot = visible.lastIndexOf('.')
  let stem = (dot > 0 ? visible.slice(0, dot) : visible).replace(/^[. ]+/, '')
  const ext = dot > 0 ? visible.slice(dot).toLowerCase() : ''
  if (stem === '' || WINDOWS_RESERVED.test(stem) || ['__proto__', 'constructor', 'prototype'].includes(stem)) stem = `${stem || 'article'}_`
  stem = cutToUtf8Bytes(stem, MAX_NAME_BYTES - utf8Length(ext))
  return stem + ext
}

export const stemOf = (fileName: string): string => fileName.replace(/\.[^.]+$/, '')

/**
 * `name`, or `name-2`, `name-3`… when its id (the stem) is taken. Taken ids are compared without
 * case: "Report.txt" and "report.txt" are one file on macOS and Windows.
 */
export function uniqueFileName(name: string, taken: (idLowerCase: string) => boolean): string {
  const stem = stemOf(name)
  const ext = name.slice(stem.length)
  if (!taken(stem.toLowerCase())) return name
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}`
    if (!taken(candidate.toLowerCase())) return candidate + ext
  }
}
