import { describe, expect, it } from 'vitest'
import { rawGet, rawRequest, SECRET, startFixture } from '../helpers/web'

describe('browser mode: static files never leave the renderer folder', () => {
  const traversals = [
    '/../package.json',
    '/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/package.json',
    '/.%2e/package.json',
    '/%252e%252e/package.json',
    '/..%5cpackage.json',
    '/..\\package.json',
    '/assets/..%2f..%2fpackage.json',
    '/assets/../../package.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/assets/%00',
    '/assets/app.js%00.html',
    '/%2fetc%2fpasswd',
    '//etc/passwd',
    '/./index.html',
    '/assets/./app.js',
    '/../renderer-secret.txt',
    '/%c0%ae%c0%ae/package.json',
    '/%e0%80%ae%e0%80%ae/package.json',
    '/assets/%',
  ]

  for (const path of traversals) {
    it(`answers ${JSON.stringify(path)} with a 4xx and no file from outside`, async () => {
      const { server } = await startFixture()
      const { status, response } = await rawGet(server, path)
      expect(status).toBeGreaterThanOrEqual(400)
      expect(status).toBeLessThan(500)
      expect(response).not.toContain(SECRET)
      expect(response).not.toContain('root:')
    })
  }

  it('refuses an absolute-form request target with 400', async () => {
    const { server } = await startFixture()
    const { status, response } = await rawRequest(
      server,
      `GET http://127.0.0.1:${server.port}/../package.json HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nX-Daftar-Token: ${server.token}\r\nConnection: close\r\n\r\n`,
    )
    expect(status).toBe(400)
    expect(response).not.toContain(SECRET)
  })

  it('answers a missing file and a folder with 404', async () => {
    const { server } = await startFixture()
    expect((await rawGet(server, '/nope.js')).status).toBe(404)
    expect((await rawGet(server, '/assets')).status).toBe(404)
    expect((await rawGet(server, '/assets/')).status).toBe(404)
  })

  it('still serves the files that are inside, by their plain path', async () => {
    const { server } = await startFixture()
    expect((await rawGet(server, '/assets/app.js')).status).toBe(200)
    expect((await rawGet(server, '/index.html')).status).toBe(200)
    expect((await rawGet(server, '/')).status).toBe(200)
  })

  it('refuses other methods on static files with 405', async () => {
    const { server } = await startFixture()
    const { status } = await rawRequest(
      server,
      `DELETE /index.html HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nX-Daftar-Token: ${server.token}\r\nConnection: close\r\n\r\n`,
    )
    expect(status).toBe(405)
  })
})
