import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const TOKEN_HEADER = 'x-daftar-token'
/** The printed address carries the token in its fragment (`#token=…`), which no browser ever sends. */
export const TOKEN_FRAGMENT = 'token'

const same = (a: string, b: string): boolean => {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

export type Access = { allowed: true } | { allowed: false; status: 401 | 403; reason: string }

/**
 * Every request, page or API: only to this server by its own name, and from no foreign page. A
 * foreign Origin or a foreign Host (DNS rebinding) is refused before anything else.
 */
export function checkOrigin(req: IncomingMessage, port: number): Access {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
  const host = req.headers.host ?? ''
  if (!allowedHosts.includes(host)) return { allowed: false, status: 403, reason: 'foreign host' }
  const origin = req.headers.origin
  if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
    return { allowed: false, status: 403, reason: 'foreign origin' }
  }
  return { allowed: true }
}

/**
 * API calls: the per-run token in the X-Daftar-Token header, and nowhere else. Never a cookie —
 * cookies are not scoped by port, so a browser would hand one to every other server on 127.0.0.1 —
 * and never the query, which lands in history and logs. A page of another origin cannot send the
 * header without a CORS preflight, which this server never grants.
 */
export function checkToken(req: IncomingMessage, token: string): Access {
  const header = req.headers[TOKEN_HEADER]
  if (typeof header === 'string' && same(header, token)) return { allowed: true }
  return { allowed: false, status: 401, reason: 'missing or wrong token' }
}
