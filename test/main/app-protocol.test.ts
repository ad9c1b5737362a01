import * as fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { APP_HOST, APP_SCHEME, registerAppScheme, serveRenderer } from '../../src/main/app-protocol'
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/shared/csp'
import type { FakeElectron } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron())

const electron = (await import('electron')) as unknown as FakeElectron

/**
 * A real folder: <tmp>/renderer is what the app serves; <tmp>/secret.txt and <tmp>/renderer-evil/
 * sit right next to it, where a path that escapes the folder (or a prefix check without a
 * separator) would land.
 */
let tmp: string
let rendererDir: string
const INDEX = '<!doctype html><title>دفتر</title><script type="module" src="./assets/index.js"></script>'
const SCRIPT = 'console.log("daftar")'

/** Parses a CSP header into directive → sources. */
const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name?.toLowerCase() ?? '', sources]),
  )

async function get(url: string): Promise<Response> {
  const handler = electron.protocol.handlers.get(APP_SCHEME)
  if (!handler) throw new Error('serveRenderer registered no handler for the app scheme')
  return handler(new Request(url))
}

/** Every file path net.fetch was asked for, so far. */
const fetchedPaths = (): string[] => electron.net.fetch.mock.calls.map(([url]) => fileURLToPath(url))

beforeAll(async () => {
  tmp = await fsp.mkdtemp(join(tmpdir(), 'daftar-app-protocol-'))
  rendererDir = join(tmp, 'renderer')
  await fsp.mkdir(join(rendererDir, 'assets'), { recursive: true })
  await fsp.writeFile(join(rendererDir, 'index.html'), INDEX)
  await fsp.writeFile(join(rendererDir, 'assets', 'index.js'), SCRIPT)
  await fsp.writeFile(join(tmp, 'secret.txt'), 'TOP SECRET')
  await fsp.mkdir(join(tmp, 'renderer-evil'))
  await fsp.writeFile(join(tmp, 'renderer-evil', 'x.js'), 'evil()')
  serveRenderer(rendererDir)
})

afterAll(async () => {
  await fsp.rm(tmp, { recursive: true, force: true })
})

beforeEach(() => {
  electron.net.fetch.mockClear()
})

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure scheme, and grants nothing that bypasses the CSP', () => {
    registerAppScheme()
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1)
    const schemes = electron.protocol.registerSchemesAsPrivileged.mock.calls[0]?.[0] as Array<{ scheme: string; privileges: Record<string, boolean> }>
    expect(schemes).toHaveLength(1)
    expect(schemes[0]?.scheme).toBe('app')
    expect(schemes[0]?.privileges).toMatchObject({ standard: true, secure: true })
    expect(schemes[0]?.privileges['bypassCSP']).not.toBe(true)
  })
})

describe('serveRenderer: the app:// protocol handler', () => {
  it('is registered once, for the app scheme', () => {
    expect(electron.protocol.handle).toHaveBeenCalledTimes(1)
    expect(electron.protocol.handle.mock.calls[0]?.[0]).toBe('app')
  })

  it('serves index.html for / and by name', async () => {
    for (const url of [`app://${APP_HOST}/`, `app://${APP_HOST}/index.html`]) {
      const response = await get(url)
      expect(response.status).toBe(200)
      expect(await response.text()).toBe(INDEX)
    }
  })

  it('serves a file from a subfolder, with its content type', async () => {
    const response = await get('app://daftar/assets/index.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(await response.text()).toBe(SCRIPT)
  })

  it('answers 404 for a file that is not there', async () => {
    expect((await get('app://daftar/missing.js')).status).toBe(404)
  })

  it('answers 404 for a folder instead of listing it', async () => {
    for (const url of ['app://daftar/assets', 'app://daftar/assets/']) expect((await get(url)).status).toBe(404)
  })

  describe('the Content-Security-Policy header', () => {
    it('is on every response, found or not, and is exactly the policy of src/shared/csp.ts', async () => {
      for (const url of ['app://daftar/index.html', 'app://daftar/assets/index.js', 'app://daftar/missing.js', 'app://daftar/%2e%2e%2fsecret.txt']) {
        expect((await get(url)).headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY)
      }
    })

    it("allows scripts only from the app itself: script-src 'self', no inline, no eval", async () => {
      const csp = directives((await get('app://daftar/index.html')).headers.get('content-security-policy') ?? '')
      // 'report-sample' allows nothing: it only puts the start of a blocked inline script in the report.
      expect(csp.get('script-src')).toEqual(["'self'", "'report-sample'"])
      for (const directive of ['script-src', 'default-src', 'script-src-elem', 'script-src-attr']) {
        for (const weak of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", '*', 'data:', 'blob:', 'http:', 'https:']) {
          expect(csp.get(directive) ?? [], `${directive} ${weak}`).not.toContain(weak)
        }
      }
    })

    it("falls back to nothing and forbids plugins, base changes, forms and framing", async () => {
      const csp = directives((await get('app://daftar/index.html')).headers.get('content-security-policy') ?? '')
      expect(csp.get('default-src')).toEqual(["'none'"])
      expect(csp.get('object-src')).toEqual(["'none'"])
      expect(csp.get('base-uri')).toEqual(["'none'"])
      expect(csp.get('form-action')).toEqual(["'none'"])
      expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    })

    it('comes with the other security headers', async () => {
      const response = await get('app://daftar/index.html')
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    })
  })

  describe('nothing outside the renderer folder', () => {
    it.each([
      ['a raw ../', 'app://daftar/../secret.txt'],
      ['a raw ../ below a folder', 'app://daftar/assets/../../secret.txt'],
      ['%2e%2e/', 'app://daftar/%2e%2e/secret.txt'],
      ['%2e%2e%2f (encoded dots and slash)', 'app://daftar/%2e%2e%2fsecret.txt'],
      ['%2E%2E%2F in upper case', 'app://daftar/%2E%2E%2Fsecret.txt'],
      ['..%2f (encoded slash)', 'app://daftar/..%2fsecret.txt'],
      ['an encoded slash inside a folder', 'app://daftar/assets%2f..%2f..%2fsecret.txt'],
      ['%252e%252e%252f (double-encoded)', 'app://daftar/%252e%252e%252fsecret.txt'],
      ['%252e%252e/ (double-encoded dots)', 'app://daftar/%252e%252e/secret.txt'],
      ['..\\ (backslash)', 'app://daftar/..\\secret.txt'],
      ['..%5c (encoded backslash)', 'app://daftar/..%5csecret.txt'],
      ['.%2e/ (mixed)', 'app://daftar/.%2e/secret.txt'],
      ['an absolute path', 'app://daftar/%2fetc%2fpasswd'],
      ['a doubled slash', 'app://daftar//etc/passwd'],
      ['a sibling folder sharing the prefix', 'app://daftar/..%2frenderer-evil%2fx.js'],
      ['a NUL byte', 'app://daftar/index.html%00.js'],
      ['a control character', 'app://daftar/index%0a.html'],
      ['malformed percent-encoding', 'app://daftar/%E0%A4%A'],
    ])('answers 404 for %s', async (_what, url) => {
      const response = await get(url)
      expect(response.status).toBe(404)
      expect(await response.text()).not.toContain('SECRET')
      for (const path of fetchedPaths()) expect(path.startsWith(rendererDir + sep), path).toBe(true)
    })

    it.each([
      ['another host', 'app://evil/index.html'],
      ['a host that starts with ours', 'app://daftar.evil.example/index.html'],
      ['our host with a port', 'app://daftar:8080/index.html'],
      ['an empty host', 'app:///index.html'],
    ])('answers 404 for %s, without touching the disk', async (_what, url) => {
      expect((await get(url)).status).toBe(404)
      expect(electron.net.fetch).not.toHaveBeenCalled()
    })

    it('reads files only through file: URLs inside the renderer folder', async () => {
      await get('app://daftar/index.html')
      await get('app://daftar/assets/index.js')
      const urls = electron.net.fetch.mock.calls.map(([url]) => url)
      expect(urls).toHaveLength(2)
      for (const url of urls) expect(url.startsWith('file://')).toBe(true)
      expect(fetchedPaths()).toEqual([join(rendererDir, 'index.html'), join(rendererDir, 'assets', 'index.js')])
    })
  })

  it('answers 404, not an error, when reading the file fails', async () => {
    electron.net.fetch.mockRejectedValueOnce(new Error('net::ERR_ACCESS_DENIED'))
    const response = await get('app://daftar/index.html')
    expect(response.status).toBe(404)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('does not pass on a file response that is not ok', async () => {
    electron.net.fetch.mockResolvedValueOnce(new Response('upstream error', { status: 500 }))
    expect((await get('app://daftar/index.html')).status).toBe(404)
  })
})
