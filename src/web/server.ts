import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Handlers } from '../backend/handlers'
import { contentTypeOf, readStaticFile, resolveStaticPath } from '../hosts/static-files'
import { SECURITY_HEADERS } from '../shared/csp'
import type { ApiMethod } from '../shared/api'
import type { ErrorCode, Result } from '../shared/result'
import { checkOrigin, checkToken, TOKEN_FRAGMENT } from './access'

export const MAX_BODY_BYTES = 1024 * 1024
/** Imports carry files in base64: the page sends at most ~8 MB a request, one article up to 4 MiB (5.6 MB as base64). */
export const IMPORT_BODY_BYTES = 16 * 1024 * 1024
const isImport = (method: string): boolean => method === 'importFiles' || method === 'importText'
const bodyLimitOf = (method: string): number => (isImport(method) ? IMPORT_BODY_BYTES : MAX_BODY_BYTES)
/** How long a refused import is told to wait: an import of a full request takes about a second. */
const IMPORT_RETRY_AFTER_S = 2
export const HOST = '127.0.0.1'

export interface WebServerOptions {
  handlers: Handlers
  rendererDir: string
  port?: number
  token?: string
}

export interface WebServer {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

const STATUS_OF: Readonly<Record<ErrorCode, number>> = {
  'invalid-request': 400,
  forbidden: 403,
  'not-found': 404,
  'read-only': 409,
  'write-failed': 507,
  internal: 500,
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
    /** What the page can act on, e.g. { reason: 'import-busy' } to say it in its own language. */
    readonly details?: Record<string, string>,
  ) {
    super(message)
  }
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra })
  res.end(body)
}

const sendResult = (res: ServerResponse, result: Result<unknown>): void =>
  send(res, result.ok ? 200 : STATUS_OF[result.error.code], JSON.stringify(result), 'application/json; charset=utf-8')

const codeOfStatus = (status: number): ErrorCode =>
  status === 401 || status === 403 ? 'forbidden' : status === 404 ? 'not-found' : status >= 500 ? 'internal' : 'invalid-request'

/** Transport failures answer a Result too, with the HTTP status the failure deserves. */
function sendError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}, details?: Record<string, string>): void {
  const body: Result<never> = { ok: false, error: { code: codeOfStatus(status), message, ...(details ? { details } : {}) } }
  send(res, status, JSON.stringify(body), 'application/json; charset=utf-8', headers)
}

/** A refused body is not read: the connection closes after the answer instead of draining it. */
const CLOSE = { Connection: 'close' }

async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) throw new HttpError(413, `Request body over ${limit} bytes`, CLOSE)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw new HttpError(413, `Request body over ${limit} bytes`, CLOSE)
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Browser mode: the built renderer and the API on 127.0.0.1; the API behind a per-run token.
 * Serves the same handlers Electron registers over IPC. Every failure answers a clean 4xx/5xx;
 * nothing a request carries can crash the process.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('hex')
  const { handlers, rendererDir } = options
  let port = 0
  // One import at a time: each holds up to 16 MiB of body and its parse in memory, and fifty at
  // once took the server past a gigabyte. The others are refused before their body is read.
  let importing = false

  async function api(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') throw new HttpError(405, 'API calls must use POST')
    if (!Object.hasOwn(handlers, method)) throw new HttpError(404, `Unknown API method "${method}"`)
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'API calls must send application/json')
    if (!isImport(method)) return call(req, res, method)
    if (importing) throw new HttpError(503, 'Another import is running; try again in a moment', { 'Retry-After': String(IMPORT_RETRY_AFTER_S), ...CLOSE }, { reason: 'import-busy' })
    importing = true
    try {
      await call(req, res, method)
    } finally {
      importing = false
    }
  }

  async function call(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    let body: unknown
    try {
      body = JSON.parse(await readBody(req, bodyLimitOf(method)))
    } catch (error) {
      if (error instanceof HttpError) throw error
      throw new HttpError(400, 'The request body is not valid JSON')
    }
    const args = typeof body === 'object' && body !== null && 'args' in body ? (body as { args: unknown }).args : undefined
    sendResult(res, await handlers[method as ApiMethod](args))
  }

  async function asset(req: IncomingMessage, res: ServerResponse, rawPath: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'Only GET and HEAD are served')
    const path = resolveStaticPath(rendererDir, rawPath)
    const file = path ? await readStaticFile(path) : null
    if (!path || !file) throw new HttpError(404, 'Not found')
    const type = contentTypeOf(path)
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': type.startsWith('text/html') ? 'no-store' : 'max-age=3600' })
    res.end(req.method === 'HEAD' ? undefined : file)
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/'
    if (!rawUrl.startsWith('/')) throw new HttpError(400, 'Bad request target')
    const origin = checkOrigin(req, port)
    if (!origin.allowed) throw new HttpError(origin.status, `Refused: ${origin.reason}`)
    // Check the raw target: URL parsing would already have collapsed "/api/../x".
    const rawPath = rawUrl.split('?')[0] as string
    if (rawPath.startsWith('/api/')) {
      const access = checkToken(req, token)
      if (!access.allowed) throw new HttpError(access.status, `Refused: ${access.reason}`)
      return api(req, res, rawPath.slice('/api/'.length))
    }
    // The files of the renderer hold nothing secret: they are served without the token.
    return asset(req, res, rawPath)
  }

  const server: Server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy()
      if (error instanceof HttpError) sendError(res, error.status, error.message, error.headers, error.details)
      else sendError(res, 500, 'Internal error')
    })
  })
  server.requestTimeout = 30_000
  server.headersTimeout = 10_000
  server.on('clientError', (_error, socket) => socket.destroy())

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, HOST, () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://${HOST}:${port}/#${TOKEN_FRAGMENT}=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

