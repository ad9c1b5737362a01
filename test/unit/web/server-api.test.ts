import * as fsp from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_BODY_BYTES } from '../../../src/web/server'
import { callApi, request, startFixture } from '../helpers/web'

const json = (token: string) => ({ 'Content-Type': 'application/json', 'X-Daftar-Token': token })

describe('browser mode: the API', () => {
  it('answers a valid call with 200 and the Result', async () => {
    const { server } = await startFixture()
    const reply = await callApi(server, 'listLibrary', [])
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    expect(reply.headers['content-security-policy']).toContain("default-src 'none'")
    const result = JSON.parse(reply.body)
    expect(result.ok).toBe(true)
    expect(result.value.articles).toHaveLength(5)
  })

  it('saves through HTTP to the same file the desktop app uses', async () => {
    const { server, dataDir } = await startFixture()
    const reply = await callApi(server, 'updateSettings', [{ theme: 'sepia' }])
    expect(reply.status).toBe(200)
    expect(JSON.parse(await fsp.readFile(join(dataDir, 'settings.json'), 'utf8')).reading.theme).toBe('sepia')
  })

  it('answers invalid arguments with 400 and an invalid-request Result, and writes nothing', async () => {
    const { server, dataDir } = await startFixture()
    const reply = await callApi(server, 'updateSettings', [{ fontSize: 'big' }])
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/^updateSettings: .*fontSize/) } })
    await expect(fsp.access(join(dataDir, 'settings.json'))).rejects.toThrow()
  })

  it('answers a body without args the same way (400), not with a crash', async () => {
    const { server } = await startFixture()
    for (const body of ['{}', '[]', 'null', '42', '"x"', '{"args":null}']) {
      const reply = await request(server, { method: 'POST', path: '/api/getArticle', headers: json(server.token), body })
      expect(reply.status).toBe(400)
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    }
  })

  it('answers an unknown article with 404 and a not-found Result', async () => {
    const { server } = await startFixture()
    const reply = await callApi(server, 'getArticle', ['nope'])
    expect(reply.status).toBe(404)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('answers GET on an API method with 405', async () => {
    const { server } = await startFixture()
    const reply = await request(server, { path: '/api/listLibrary', headers: { 'X-Daftar-Token': server.token } })
    expect(reply.status).toBe(405)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })

  it('answers a body that is not declared as JSON with 415', async () => {
    const { server } = await startFixture()
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp']) {
      const reply = await request(server, { method: 'POST', path: '/api/listLibrary', headers: { 'Content-Type': type, 'X-Daftar-Token': server.token }, body: '{"args":[]}' })
      expect(reply.status, type).toBe(415)
    }
    const none = await request(server, { method: 'POST', path: '/api/listLibrary', headers: { 'X-Daftar-Token': server.token }, body: '{"args":[]}' })
    expect(none.status).toBe(415)
  })

  it('answers malformed JSON with 400', async () => {
    const { server } = await startFixture()
    for (const body of ['{"args":[', '', '\u0000', "{'args':[]}", '{"args":[]}}']) {
      const reply = await request(server, { method: 'POST', path: '/api/listLibrary', headers: json(server.token), body })
      expect(reply.status, JSON.stringify(body)).toBe(400)
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('not valid JSON') } })
    }
  })

  it('answers a body over 1 MiB with 413 and Connection: close, whether its length is declared or streamed', async () => {
    const { server, dataDir } = await startFixture()
    const big = JSON.stringify({ args: [{ fontSize: 22, pad: 'x'.repeat(MAX_BODY_BYTES) }] })
    const declared = await request(server, { method: 'POST', path: '/api/updateSettings', headers: json(server.token), body: big })
    expect(declared.status).toBe(413)
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    const streamed = await request(server, { method: 'POST', path: '/api/updateSettings', headers: json(server.token), body: big, chunked: true })
    expect(streamed.status).toBe(413)
    // The rest of a refused body is not read: the connection closes after the answer.
    expect([declared.headers.connection, streamed.headers.connection]).toEqual(['close', 'close'])
    await expect(fsp.access(join(dataDir, 'settings.json'))).rejects.toThrow()
    // The server is still there.
    expect((await callApi(server, 'getSettings', [])).status).toBe(200)
  })

  it('refuses a second import while one is arriving with 503, Retry-After and a reason the page can translate', async () => {
    const { server } = await startFixture()
    const body = JSON.stringify({ args: [{ title: 'أول', text: 'نص المقال الأول.' }] })
    // The first import's body arrives in two parts: the server holds it as running in between.
    const first = httpRequest({ host: '127.0.0.1', port: server.port, method: 'POST', path: '/api/importText', agent: false, headers: { ...json(server.token), 'Content-Length': Buffer.byteLength(body) } })
    const firstReply = new Promise<number>((resolve, reject) => {
      first.on('response', (res) => (res.resume(), resolve(res.statusCode ?? 0)))
      first.on('error', reject)
    })
    first.write(body.slice(0, 10))
    await new Promise((resolve) => setTimeout(resolve, 200))
    const second = await callApi(server, 'importText', [{ title: 'ثان', text: 'نص المقال الثاني.' }])
    expect(second.status).toBe(503)
    expect(second.headers['retry-after']).toMatch(/^\d+$/)
    expect(JSON.parse(second.body)).toMatchObject({ ok: false, error: { details: { reason: 'import-busy' } } })
    first.end(body.slice(10))
    expect(await firstReply).toBe(200)
  })

  it('accepts a body just under the limit', async () => {
    const { server } = await startFixture()
    const id = 'x'.repeat(150)
    const body = JSON.stringify({ args: [id], pad: ' '.repeat(MAX_BODY_BYTES - 400) })
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_BODY_BYTES)
    const reply = await request(server, { method: 'POST', path: '/api/getArticle', headers: json(server.token), body })
    expect(reply.status).toBe(404)
  })

  it('answers an unknown method with 404, including names every object inherits', async () => {
    const { server } = await startFixture()
    for (const method of ['deleteEverything', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'listLibrary/extra', '', '%6cistLibrary']) {
      const reply = await callApi(server, method, [])
      expect(reply.status, method).toBe(404)
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'not-found' } })
    }
  })

  it('requires the token for API calls too', async () => {
    const { server } = await startFixture()
    const reply = await request(server, { method: 'POST', path: '/api/listLibrary', headers: { 'Content-Type': 'application/json' }, body: '{"args":[]}' })
    expect(reply.status).toBe(401)
  })
})
