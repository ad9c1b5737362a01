import * as fsp from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { APP_JS, INDEX_HTML, SECRET } from '../../unit/helpers/web'
import { startWebServerProcess, type RunningWebServer } from '../../support/web-server-process'

const ROOT = join(import.meta.dirname, '../../..')

/** A process's peak resident memory so far (VmHWM), in MiB. */
export async function peakRssMb(pid: number): Promise<number> {
  const status = await fsp.readFile(`/proc/${pid}/status`, 'utf8')
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024
}

/**
 * Browser mode in its own process, as `npm run web` runs it (the built out/node/web.js), over a temp
 * data folder and a temp renderer folder with secrets beside it, so its memory is measured apart from
 * the test's own. Not the sources through tsx: tsx loads itself into the main thread and every worker
 * thread, and the same 50 imports peaked at 247–269 MB that way against 183–204 MB built.
 */
export async function startServerProcess(root: string): Promise<RunningWebServer> {
  const rendererDir = join(root, 'renderer')
  await fsp.mkdir(join(rendererDir, 'assets'), { recursive: true })
  await fsp.writeFile(join(rendererDir, 'index.html'), INDEX_HTML)
  await fsp.writeFile(join(rendererDir, 'assets', 'app.js'), APP_JS)
  await fsp.writeFile(join(root, 'package.json'), `{"name":"${SECRET}"}`)
  const env = { dataDir: join(root, 'data'), seedsDir: join(ROOT, 'seeds'), rendererDir }
  return startWebServerProcess(ROOT, env)
}

const CHUNK = Buffer.alloc(64 * 1024, 'x')

/** Streams `mib` MiB of one shared chunk as a chunked API body: the client allocates nothing per request. */
export function uploadOversized(server: { port: number; token: string }, mib: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: server.port, method: 'POST', path: '/api/listLibrary', agent: false, headers: { 'Content-Type': 'application/json', 'X-Daftar-Token': server.token } },
      (res) => {
        res.resume()
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: '' }))
      },
    )
    // The server may cut the upload once it has answered 413: that is a refusal too.
    req.on('error', () => resolve({ status: -1, body: '' }))
    let left = mib * 16
    const pump = (): void => {
      while (left > 0) {
        left--
        if (!req.write(CHUNK)) return void req.once('drain', pump)
      }
      req.end()
    }
    pump()
  })
}
