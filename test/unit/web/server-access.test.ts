import { describe, expect, it } from 'vitest'
import { APP_JS, callApi, request, startFixture, type Reply, type RequestOptions } from '../helpers/web'

const expectSecurityHeaders = (reply: Reply): void => {
  expect(reply.headers['content-security-policy']).toContain("script-src 'self'")
  expect(reply.headers['content-security-policy']).toContain("object-src 'none'")
  expect(reply.headers['content-security-policy']).not.toMatch(/unsafe-(inline|eval)/)
  expect(reply.headers['x-content-type-options']).toBe('nosniff')
}

describe('browser mode: who may talk to it', () => {
  it('refuses an API call without the token with 401 and a Result', async () => {
    const { server } = await startFixture()
    for (const method of ['GET', 'POST']) {
      const reply = await request(server, { method, path: '/api/listLibrary', headers: { 'Content-Type': 'application/json' }, ...(method === 'POST' ? { body: '{"args":[]}' } : {}) })
      expect(reply.status).toBe(401)
      expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('token') } })
      expectSecurityHeaders(reply)
    }
  })

  it('refuses a state-changing call that carries the right token only in a cookie or the query (a cookie travels to every port)', async () => {
    const { server } = await startFixture()
    const attempts: RequestOptions[] = [
      { headers: { Cookie: `daftar-${server.port}=${server.token}` } },
      { headers: { Cookie: `daftar-token=${server.token}; daftar=${server.token}; token=${server.token}` } },
      { query: `?token=${server.token}` },
    ].map(({ headers, query }) => ({
      method: 'POST',
      path: `/api/updateSettings${query ?? ''}`,
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ args: [{ fontSize: 30 }] }),
    }))
    for (const attempt of attempts) {
      const reply = await request(server, attempt)
      expect(reply.status, JSON.stringify(attempt.headers)).toBe(401)
    }
    const settings = JSON.parse((await callApi(server, 'getSettings', [])).body)
    expect(settings.value.fontSize).toBe(20)
  })

  it('refuses a wrong token in the header with 401', async () => {
    const { server } = await startFixture()
    for (const wrong of ['a'.repeat(server.token.length), `${server.token}x`, '', server.token.toUpperCase()]) {
      expect((await request(server, { method: 'POST', path: '/api/listLibrary', headers: { 'Content-Type': 'application/json', 'X-Daftar-Token': wrong }, body: '{"args":[]}' })).status).toBe(401)
    }
  })

  it('serves the page and the assets without the token, sets no cookie, and never puts the token in them', async () => {
    const { server } = await startFixture()
    for (const path of ['/', `/?token=${server.token}`, '/index.html']) {
      const page = await request(server, { path })
      expect(page.status, path).toBe(200)
      expect(page.headers['set-cookie']).toBeUndefined()
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(page.headers['cache-control']).toBe('no-store')
      expect(page.body).toContain('<div id="root">')
      expect(page.body).not.toContain(server.token)
      expectSecurityHeaders(page)
    }
    const script = await request(server, { path: '/assets/app.js' })
    expect(script.status).toBe(200)
    expect(script.headers['set-cookie']).toBeUndefined()
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

  it('listens on 127.0.0.1 only and hands out a long random token per run, in the fragment of its address (never sent to a server)', async () => {
    const a = await startFixture()
    const b = await startFixture()
    expect(a.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{48}$/)
    expect(a.server.token).not.toBe(b.server.token)
  })
})
