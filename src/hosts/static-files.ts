import * as fsp from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
}

export const contentTypeOf = (path: string): string => CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'

/**
 * Maps a URL path to a file inside `root`, or null. Refuses anything that could leave the folder:
 * `..` segments (raw, percent-encoded or double-encoded), backslashes, NUL and other control
 * characters, encoded slashes. The decoded result is resolved and checked to stay under `root`.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  if (/%25|%2f|%5c|%00/i.test(urlPath)) return null // double-encoding and encoded separators: never legitimate here
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return null
  const segments = decoded.split('/')
  if (segments.some((s) => s === '..' || s === '.')) return null
  const relative = segments.filter(Boolean).join('/') || 'index.html'
  const base = resolve(root)
  const full = resolve(base, relative)
  return full.startsWith(base + sep) ? full : null
}

/** Reads a static file if it is a regular file, else null. */
export async function readStaticFile(path: string): Promise<Buffer | null> {
  try {
    const stat = await fsp.stat(path)
    if (!stat.isFile()) return null
    return await fsp.readFile(path)
  } catch {
    return null
  }
}
