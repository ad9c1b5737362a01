import { spawn } from 'node:child_process'
import * as fsp from 'node:fs/promises'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { APP_JS, INDEX_HTML, SECRET } from '../../unit/helpers/web'

const ROOT = join(import.meta.dirname, '../../..')

export interface ServerProcess {
  port: number
  token: string
  pid: number
  /** The process's peak resident memory so far (VmHWM), in MiB. */
  peakRssMb(): Promise<number>
  stop(): Promise<void>
}

/**
 * Browser mode in its own process (src/web/main.ts through tsx), over a temp data folder and a temp
 * renderer folder with secrets beside it, so its memory is measured apart from the test's own.
 */
export async function startServerProcess(root: string): Promise<ServerProcess> {
  const rendererDir = join(root, 'renderer')
  await fsp.mkdir(join(rendererDir, 'assets'), { recursive: true })
  await fsp.writeFile(join(rendererDir, 'index.html'), INDEX_HTML)
  await fsp.writeFile(join(rendererDir, 'assets', 'app.js'), APP_JS)
  await fsp.writeFile(join(root, 'package.json'), `{"name":"${SECRET}"}`)
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/web/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, DAFTAR_DATA_DIR: join(root, 'data'), DAFTAR_SEEDS_DIR: join(ROOT, 'seeds'), DAFTAR_RENDERER_DIR: rendererDir, DAFTAR_PORT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = await new Promise<URL>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`no URL within 20 s:\n${output}`)), 20_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8')
      const match = /Daftar browser mode: (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output)
      if (!match) return
      clearTimeout(timer)
      resolve(new URL(match[1] as string))
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)))
  })
  return {
    port: Number(url.port),
    token: url.searchParams.get('token') ?? '',
    pid: child.pid as number,
    peakRssMb: async () => {
      const status = await fsp.readFile(`/proc/${child.pid}/status`, 'utf8')
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await exited
    },
  }
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
