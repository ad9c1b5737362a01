import { describe, expect, it } from 'vitest'
import type { WebServer } from '../../src/web/server'
import { callApi, rawGet, rawRequest, request, SECRET, startFixture } from '../unit/helpers/web'
import { hostileArgs } from './abuse/payloads'
import { makeTempDir } from '../unit/helpers/temp-dir'
import { peakRssMb, startServerProcess, uploadOversized } from './abuse/server-process'
import { recordFigures } from './figures'

interface Abuse {
  name: string
  /** The status it must get: an exact code, a class ("4xx"), or any answer but a server error ("handled"). */
  expect: number | '4xx' | 'handled'
  send: (server: WebServer) => Promise<{ status: number; body: string }>
}

const withToken = (s: WebServer, extra: Record<string, string> = {}): Record<string, string> => ({ 'X-Daftar-Token': s.token, ...extra })
const json = (s: WebServer, extra: Record<string, string> = {}): Record<string, string> =>
  withToken(s, { 'Content-Type': 'application/json', ...extra })
const asReply = (r: { status: number; response: string }): { status: number; body: string } => ({ status: r.status, body: r.response })

const TRAVERSALS = [
  '/../package.json',
  '/%2e%2e/package.json',
  '/%2E%2e/package.json',
  '/.%2E/package.json',
  '/%252e%252e/package.json',
  '/%25252e%25252e/package.json',
  '/..%5cpackage.json',
  '/..%5Cpackage.json',
  '/..\\package.json',
  '/assets/..%2f..%2fpackage.json',
  '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
  '/%c0%ae%c0%ae/package.json',
  '/%e0%80%ae%e0%80%ae/package.json',
  '/assets/%00../../package.json',
  '/..;/package.json',
  '/%2fpackage.json',
  '/api/../../package.json',
]

function battery(): Abuse[] {
  const cases: Abuse[] = [
    {
      name: 'no token on the API',
      expect: 401,
      send: (s) =>
        request(s, { method: 'POST', path: '/api/listLibrary', headers: { 'Content-Type': 'application/json' }, body: '{"args":[]}' }),
    },
    {
      name: 'wrong token',
      expect: 401,
      send: (s) =>
        request(s, {
          method: 'POST',
          path: '/api/listLibrary',
          headers: { 'Content-Type': 'application/json', 'X-Daftar-Token': `${s.token.slice(0, -1)}x` },
          body: '{"args":[]}',
        }),
    },
    {
      name: 'token of another length',
      expect: 401,
      send: (s) =>
        request(s, {
          method: 'POST',
          path: '/api/listLibrary',
          headers: { 'Content-Type': 'application/json', 'X-Daftar-Token': `${s.token}0` },
          body: '{"args":[]}',
        }),
    },
    {
      name: 'empty token',
      expect: 401,
      send: (s) =>
        request(s, {
          method: 'POST',
          path: '/api/listLibrary',
          headers: { 'Content-Type': 'application/json', 'X-Daftar-Token': '' },
          body: '{"args":[]}',
        }),
    },
    {
      name: 'the right token in a cookie only',
      expect: 401,
      send: (s) =>
        request(s, {
          method: 'POST',
          path: '/api/listLibrary',
          headers: { 'Content-Type': 'application/json', Cookie: `daftar-${s.port}=${s.token}` },
          body: '{"args":[]}',
        }),
    },
    {
      name: 'the right token in the query only',
      expect: 401,
      send: (s) =>
        request(s, {
          method: 'POST',
          path: `/api/listLibrary?token=${s.token}`,
          headers: { 'Content-Type': 'application/json' },
          body: '{"args":[]}',
        }),
    },
    {
      name: 'foreign Origin',
      expect: 403,
      send: (s) => request(s, { path: '/', headers: withToken(s, { Origin: 'https://evil.example' }) }),
    },
    { name: 'Origin null', expect: 403, send: (s) => request(s, { path: '/', headers: withToken(s, { Origin: 'null' }) }) },
    {
      name: 'Origin on another port',
      expect: 403,
      send: (s) => request(s, { path: '/', headers: withToken(s, { Origin: `http://127.0.0.1:${s.port + 1}` }) }),
    },
    {
      name: 'Origin look-alike',
      expect: 403,
      send: (s) => request(s, { path: '/', headers: withToken(s, { Origin: `http://127.0.0.1.evil.example:${s.port}` }) }),
    },
    {
      name: 'foreign Host (DNS rebinding)',
      expect: 403,
      send: (s) => request(s, { path: '/', headers: withToken(s, { Host: `evil.example:${s.port}` }) }),
    },
    {
      name: 'API from a foreign Origin',
      expect: 403,
      send: (s) =>
        request(s, {
          method: 'POST',
          path: '/api/updateSettings',
          headers: json(s, { Origin: 'https://evil.example' }),
          body: '{"args":[{"fontSize":30}]}',
        }),
    },
    {
      name: 'declared body over 1 MiB',
      expect: 413,
      send: (s) => request(s, { method: 'POST', path: '/api/listLibrary', headers: json(s), body: 'x'.repeat(1024 * 1024 + 1) }),
    },
    {
      name: 'streamed body over 1 MiB',
      expect: 413,
      send: (s) =>
        request(s, { method: 'POST', path: '/api/listLibrary', headers: json(s), body: 'x'.repeat(3 * 1024 * 1024), chunked: true }),
    },
    {
      name: 'body that is not JSON',
      expect: 400,
      send: (s) => request(s, { method: 'POST', path: '/api/listLibrary', headers: json(s), body: '{"args":' }),
    },
    {
      name: 'body not declared as JSON',
      expect: 415,
      send: (s) =>
        request(s, {
          method: 'POST',
          path: '/api/listLibrary',
          headers: withToken(s, { 'Content-Type': 'text/plain' }),
          body: '{"args":[]}',
        }),
    },
    { name: 'unknown method', expect: 404, send: (s) => callApi(s, 'dropTables', []) },
    { name: 'inherited name as method', expect: 404, send: (s) => callApi(s, '__proto__', []) },
    { name: 'constructor as method', expect: 404, send: (s) => callApi(s, 'constructor', []) },
    {
      name: 'absolute-form request target',
      expect: 400,
      send: async (s) =>
        asReply(
          await rawRequest(
            s,
            `GET http://evil.example/ HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nX-Daftar-Token: ${s.token}\r\nConnection: close\r\n\r\n`,
          ),
        ),
    },
    { name: 'a request line that is not HTTP', expect: 0, send: async (s) => asReply(await rawRequest(s, 'HELLO\r\n\r\n')) },
  ]
  for (const method of ['PUT', 'DELETE', 'PATCH', 'TRACE', 'OPTIONS']) {
    cases.push({ name: `${method} on a static file`, expect: '4xx', send: (s) => request(s, { method, path: '/', headers: withToken(s) }) })
    cases.push({
      name: `${method} on the API`,
      expect: '4xx',
      send: (s) => request(s, { method, path: '/api/listLibrary', headers: json(s), body: '{"args":[]}' }),
    })
  }
  cases.push({ name: 'GET on the API', expect: 405, send: (s) => request(s, { path: '/api/listLibrary', headers: withToken(s) }) })
  for (const path of TRAVERSALS) cases.push({ name: `traversal ${path}`, expect: '4xx', send: async (s) => asReply(await rawGet(s, path)) })
  for (const [name, args] of hostileArgs('/tmp/outside').filter(([, a]) => JSON.stringify(a ?? null).length < 900_000)) {
    // A "__proto__" key inside a note body is only data (JSON.parse makes it an own key): it may be stored.
    const harmless = name.startsWith('nested __proto__')
    cases.push({ name: `createNote(${name})`, expect: harmless ? 'handled' : '4xx', send: (s) => callApi(s, 'createNote', args) })
    cases.push({ name: `getArticle(${name})`, expect: '4xx', send: (s) => callApi(s, 'getArticle', args) })
  }
  return cases
}

const matches = (status: number, expected: Abuse['expect']): boolean =>
  expected === '4xx' ? status >= 400 && status < 500 : expected === 'handled' ? status >= 200 && status < 500 : status === expected

async function fire(server: WebServer, abuse: Abuse): Promise<{ status: number; leaked: boolean; error?: string }> {
  try {
    const reply = await abuse.send(server)
    return { status: reply.status, leaked: reply.body.includes(SECRET) || reply.body.includes('root:') }
  } catch (error) {
    return { status: -1, leaked: false, error: String(error) }
  }
}

async function discoveryIdle(target: WebServer): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const reply = await callApi(target, 'listNewNames', [{}])
    if (!reply.body.includes('"status":"running"')) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('the discovery pass did not end within 60 s')
}

describe('browser mode abuse: tokens, origins, hosts, traversal, bodies, methods and hostile payloads', () => {
  it('answers each abusive request with its proper 4xx, one at a time, leaking nothing', { timeout: 60_000 }, async () => {
    const { server } = await startFixture()
    const cases = battery()
    const wrong: string[] = []
    for (const abuse of cases) {
      const got = await fire(server, abuse)
      if (!matches(got.status, abuse.expect) || got.leaked)
        wrong.push(`${abuse.name}: ${got.status}${got.leaked ? ' LEAKED' : ''} ${got.error ?? ''}`)
    }
    expect(wrong).toEqual([])
    recordFigures('web-abuse', { requests: cases.length, wrongStatus: wrong.length, leaks: 0 })
  })

  it(
    'survives 1,000 concurrent abusive requests (200 of them 3 MiB uploads) with bounded memory, then serves normally',
    { timeout: 120_000 },
    async () => {
      const server = await startServerProcess(await makeTempDir('web-abuse'))
      try {
        const target = { port: server.port, token: server.token } as WebServer
        const cases = battery().filter((c) => !c.name.includes('over 1 MiB'))
        await fire(target, cases[0] as Abuse)
        // The server's first discovery pass (its own thread, started with the server) is not what is
        // measured here: wait until it has read the library.
        await discoveryIdle(target)
        const peakBefore = await peakRssMb(server.pid)
        const sent = Array.from({ length: 1000 }, (_, i) => {
          if (i % 5 === 0)
            return uploadOversized(server, 3).then((got) => ({ name: 'a 3 MiB upload', ok: got.status === 413 || got.status === -1, got }))
          const abuse = cases[i % cases.length] as Abuse
          return fire(target, abuse).then((got) => ({ name: abuse.name, ok: matches(got.status, abuse.expect) && !got.leaked, got }))
        })
        const results = await Promise.all(sent)
        const growthMb = (await peakRssMb(server.pid)) - peakBefore
        const wrong = results.filter((r) => !r.ok)
        recordFigures('web-abuse-concurrent', {
          requests: results.length,
          uploadsOf3MiB: 200,
          wrongStatus: wrong.length,
          serverPeakRssGrowthMb: Math.round(growthMb),
        })
        expect(wrong.map((r) => `${r.name}: ${r.got.status}`).slice(0, 5)).toEqual([])
        // 600 MiB of uploads in flight; the server refuses each at 1 MiB without keeping it.
        expect(growthMb).toBeLessThan(150)
        expect((await callApi(target, 'listLibrary', [])).status).toBe(200)
      } finally {
        await server.stop()
      }
    },
  )
})
