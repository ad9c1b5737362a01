import { describe, expect, it } from 'vitest'
import { APP_JS, callApi, request, startFixture, type Reply, type RequestOptions } from '../helpers/web'

const expectSecurityHeaders = (reply: Reply): void => {
  expect(reply.headers['content-security-policy']).toContain("script-src 'self'")
  expect(reply.headers['content-security-policy']).toContain("object-src 'none'")
  expect(reply.headers['content-security-policy']).not.toMatch(/unsafe-(inline|eval)/)
  expect(reply.headers['x-content-type-options']).toBe('nosniff')
}

describe('browser mode: who may talk to it', () => {
  it('refuses a request without the token with 401 and a Result, not the page', async () => {
    const { server } = await startFixture()
    const reply = await request(server, { path: '/', headers: { Host: `127.0.0.1:${server.port}` } })
    expect(reply.status).toBe(401)
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('token') } })
    expect(reply.body).not.toContain('<html')
    expectSecurityHeaders(reply)
  })

  it('refuses a wrong token in the header, the cookie or the query with 401', async () => {
    const { server } = await startFixture()
    const wrong = 'a'.repeat(server.token.length)
    const attempts: RequestOptions[] = [
      { path: '/', headers: { 'X-Daftar-Token': wrong } },
      { path: '/', headers: { 'X-Daftar-Token': `${server.token}x` } },
      { path: '/', headers: { Cookie: `daftar-${server.port}=${wrong}` } },
      { path: '/', headers: { Cookie: `daftar-${server.port + 1}=${server.token}` } }, // another port's cookie
      { path: `/?token=${wrong}` },
      { path: '/?token=' },
    ]
    for (const attempt of attempts) {
      expect((await request(server, attempt)).status).toBe(401)
    }
  })

  it('serves the page for the token in the X-Daftar-Token header, with the token in a meta tag for the app', async () => {
    const { server } = await startFixture()
    const reply = await request(server, { path: '/', headers: { 'X-Daftar-Token': server.token } })
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(reply.headers['cache-control']).toBe('no-store')
    expect(reply.body).toContain(`<meta name="daftar-token" content="${server.token}">`)
    expect(reply.body.indexOf('daftar-token')).toBeLessThan(reply.body.indexOf('</head>'))
    expect(reply.body.match(/daftar-token/g)).toHaveLength(1)
    expectSecurityHeaders(reply)
  })

  it('trades a token in the query for an HttpOnly SameSite=Strict cookie and redirects to the address without it', async () => {
    const { server } = await startFixture()
    const reply = await request(server, { path: `/?lang=ar&token=${server.token}` })
    expect(reply.status).toBe(303)
    expect(reply.headers.location).toBe('/?lang=ar')
    expect(reply.headers.location).not.toContain(server.token)
    const [cookie] = reply.headers['set-cookie'] ?? []
    expect(cookie).toMatch(new RegExp(`^daftar-${server.port}=${server.token};`))
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Strict/)
    expect(cookie).toMatch(/; Path=\//)
    expectSecurityHeaders(reply)

    const plain = await request(server, { path: `/?token=${server.token}` })
    expect(plain.headers.location).toBe('/')
  })

  it('redirects only within itself, even when the path collapses to "//host"', async () => {
    const { server } = await startFixture()
    for (const path of [`/.//evil.example/x?token=${server.token}`, `//evil.example/?token=${server.token}`, `/./%2fevil.example?token=${server.token}`]) {
      const reply = await request(server, { path })
      expect(reply.status).toBe(303)
      expect(reply.headers.location, path).toMatch(/^\/(?![/\\])/)
    }
  })

  it('serves the page and the assets to a browser that holds the cookie', async () => {
    const { server } = await startFixture()
    const redirect = await request(server, { path: `/?token=${server.token}` })
    const cookie = (redirect.headers['set-cookie']?.[0] ?? '').split(';')[0] as string
    const page = await request(server, { path: '/', headers: { Cookie: `theme=dark; ${cookie}` } })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<div id="root">')
    const script = await request(server, { path: '/assets/app.js', headers: { Cookie: cookie } })
    expect(script.status).toBe(200)
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(script.body).toBe(APP_JS)
    expectSecurityHeaders(script)
  })

  it('refuses a foreign Origin with 403 even when the token is right', async () => {
    const { server } = await startFixture()
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${server.port + 1}`, `https://127.0.0.1:${server.port}`]) {
      const page = await request(server, { path: '/', headers: { 'X-Daftar-Token': server.token, Origin: origin } })
      expect(page.status).toBe(403)
      const api = await request(server, {
        method: 'POST',
        path: '/api/updateSettings',
        headers: { 'X-Daftar-Token': server.token, Origin: origin, 'Content-Type': 'application/json' },
        body: JSON.stringify({ args: [{ fontSize: 30 }] }),
      })
      expect(api.status).toBe(403)
      expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    // The change was never made.
    const settings = JSON.parse((await callApi(server, 'getSettings', [])).body)
    expect(settings.value.fontSize).toBe(20)
  })

  it('accepts its own origin, on 127.0.0.1 and on localhost', async () => {
    const { server } = await startFixture()
    for (const origin of [`http://127.0.0.1:${server.port}`, `http://localhost:${server.port}`]) {
      const reply = await request(server, { path: '/', headers: { 'X-Daftar-Token': server.token, Origin: origin } })
      expect(reply.status).toBe(200)
    }
  })

  it('refuses a foreign Host header (DNS rebinding) with 403 even when the token is right', async () => {
    const { server } = await startFixture()
    for (const host of ['evil.example', `evil.example:${server.port}`, '127.0.0.1', `127.0.0.1:${server.port + 1}`, `127.0.0.1.evil.example:${server.port}`]) {
      const reply = await request(server, { path: '/', headers: { 'X-Daftar-Token': server.token, Host: host } })
      expect(reply.status).toBe(403)
      expectSecurityHeaders(reply)
    }
    const local = await request(server, { path: '/', headers: { 'X-Daftar-Token': server.token, Host: `localhost:${server.port}` } })
    expect(local.status).toBe(200)
  })

  it('listens on 127.0.0.1 only and hands out a long random token per run', async () => {
    const a = await startFixture()
    const b = await startFixture()
    expect(a.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/)
    expect(a.server.token).not.toBe(b.server.token)
  })
})
