import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const TOKEN_HEADER = 'x-daftar-token'
export const TOKEN_QUERY = 'token'
export const cookieNameFor = (port: number): string => `daftar-${port}`

const same = (a: string, b: string): boolean => {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

function cookieValue(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
  }
  return null
}

export type Access =
  | { allowed: true; viaQuery: boolean }
  | { allowed: false; status: 401 | 403; reason: string }

/**
 * Who may talk to browser mode: only pages the server itself served, in a browser that was given
 * the per-run token. A foreign Origin or a foreign Host (DNS rebinding) is refused before the
 * token is even looked at; then the token must come as the query (first visit), the HttpOnly
 * SameSite=Strict cookie set on that visit, or the header the app sends with API calls.
 */
export function checkAccess(req: IncomingMessage, url: URL, token: string, port: number): Access {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
  const host = req.headers.host ?? ''
  if (!allowedHosts.includes(host)) return { allowed: false, status: 403, reason: 'foreign host' }
  const origin = req.headers.origin
  if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
    return { allowed: false, status: 403, reason: 'foreign origin' }
  }
  const header = req.headers[TOKEN_HEADER]
  if (typeof header === 'string' && same(header, token)) return { allowed: true, viaQuery: false }
  const cookie = cookieValue(req, cookieNameFor(port))
  if (cookie !== null && same(cookie, token)) return { allowed: true, viaQuery: false }
  const query = url.searchParams.get(TOKEN_QUERY)
  if (query !== null && same(query, token)) return { allowed: true, viaQuery: true }
  return { allowed: false, status: 401, reason: 'missing or wrong token' }
}

export function tokenCookie(port: number, token: string): string {
  return `${cookieNameFor(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`
}
