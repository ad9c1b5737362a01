import { net, protocol } from 'electron'
import { stat } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { resolveStaticPath } from '../hosts/static-files'
import { SECURITY_HEADERS } from '../shared/csp'

/** The renderer is served from app://daftar/, never file://: a real origin, with a CSP header. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'daftar'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/**
 * Whether `url` is on app://daftar. Compares scheme and host, not `origin`: Node's URL (the one
 * main runs with) gives schemes it does not know an opaque origin, so
 * `new URL('app://daftar/index.html').origin` is "null", never APP_ORIGIN.
 */
export function isAppProtocolUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
  } catch {
    return false
  }
}

const isFile = (path: string): Promise<boolean> =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  )

/** Must run before `app` is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** Serves files of `rendererDir` on app://daftar/ with the security headers; nothing outside it. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const path = url.host === APP_HOST ? resolveStaticPath(rendererDir, url.pathname) : null
    // Only regular files: a folder URL must not become a directory listing.
    if (!path || !(await isFile(path))) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS })
    const file = await net.fetch(pathToFileURL(path).toString()).catch(() => null)
    if (!file || !file.ok) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS })
    const headers = new Headers(file.headers)
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value)
    return new Response(file.body, { status: 200, headers })
  })
}
