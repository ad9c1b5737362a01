import * as fsp from 'node:fs/promises'
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { connect } from 'node:net'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { startWebServer, type WebServer } from '../../../src/web/server'
import { openHandlers, SEEDS_DIR } from './backend'
import { makeTempDir } from './temp-dir'

/** A marker in files outside the renderer folder: any response carrying it leaked a file. */
export const SECRET = 'TOP-SECRET-3f9c1e'
export const INDEX_HTML = '<!doctype html>\n<html lang="ar" dir="rtl">\n<head>\n  <title>دفتر</title>\n</head>\n<body><div id="root"></div></body>\n</html>\n'
export const APP_JS = 'console.log("daftar")\n'

const servers: WebServer[] = []
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close()
})

export interface Fixture {
  server: WebServer
  root: string
  dataDir: string
  rendererDir: string
}

/**
 * Browser mode over a real backend (the bundled seeds, a temp data folder) and a temp renderer
 * folder. Secrets sit beside and above the renderer folder, where a traversal would find them.
 */
export async function startFixture(): Promise<Fixture> {
  const root = await makeTempDir('web')
  const rendererDir = join(root, 'renderer')
  const dataDir = join(root, 'data')
  await fsp.mkdir(join(rendererDir, 'assets'), { recursive: true })
  await fsp.writeFile(join(rendererDir, 'index.html'), INDEX_HTML)
  await fsp.writeFile(join(rendererDir, 'assets', 'app.js'), APP_JS)
  await fsp.writeFile(join(root, 'package.json'), `{"name":"${SECRET}"}`)
  await fsp.writeFile(join(root, 'renderer-secret.txt'), SECRET)
  const { handlers } = await openHandlers({ dataDir, seedsDir: SEEDS_DIR })
  const server = await startWebServer({ handlers, rendererDir, port: 0 })
  servers.push(server)
  return { server, root, dataDir, rendererDir }
}

export interface Reply {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

export interface RequestOptions {
  method?: string
  path: string
  headers?: Record<string, string | number>
  body?: string | Buffer
  /** Send the body with chunked encoding (no Content-Length). */
  chunked?: boolean
  agent?: Agent | false
}

/** One HTTP request to the fixture; the path is sent exactly as given (Node does not normalise it). */
export function request(server: WebServer, options: RequestOptions): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...options.headers }
    if (options.body !== undefined && !options.chunked) headers['Content-Length'] = Buffer.byteLength(options.body)
    const req = httpRequest(
      { host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path, headers, agent: options.agent ?? false },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    if (options.body === undefined) req.end()
    else if (!options.chunked) req.end(options.body)
    else {
      // Several writes before end(): Node then sends Transfer-Encoding: chunked, no Content-Length.
      const body = Buffer.from(options.body)
      for (let at = 0; at < body.length; at += 64 * 1024) req.write(body.subarray(at, at + 64 * 1024))
      req.end()
    }
  })
}

/** An API call the way the app makes it: POST JSON {args} with the token header. */
export function callApi(server: WebServer, method: string, args: unknown, agent?: Agent): Promise<Reply> {
  return request(server, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', 'X-Daftar-Token': server.token },
    body: JSON.stringify({ args }),
    ...(agent ? { agent } : {}),
  })
}

/** Sends bytes over a raw socket and returns the status code and the whole response text. */
export function rawRequest(server: WebServer, text: string): Promise<{ status: number; response: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1')
    socket.setTimeout(5_000, () => socket.destroy())
    const chunks: Buffer[] = []
    socket.on('data', (c: Buffer) => chunks.push(c))
    socket.on('error', reject)
    socket.on('close', () => {
      const response = Buffer.concat(chunks).toString('utf8')
      const match = /^HTTP\/1\.1 (\d{3})/.exec(response)
      resolve({ status: match ? Number(match[1]) : 0, response })
    })
    // Write without half-closing: Node's server drops pending responses when the client sends FIN.
    // "Connection: close" in the request makes the server close the socket after answering.
    socket.write(text)
  })
}

/** A GET for `path` written by hand, with a valid token, so nothing rewrites the request target. */
export const rawGet = (server: WebServer, path: string): Promise<{ status: number; response: string }> =>
  rawRequest(server, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nX-Daftar-Token: ${server.token}\r\nConnection: close\r\n\r\n`)
