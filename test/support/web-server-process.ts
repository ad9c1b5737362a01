import { spawn } from 'node:child_process'
import { join } from 'node:path'

export interface RunningWebServer {
  /** The printed URL, with the per-run token in its fragment. */
  url: string
  origin: string
  token: string
  port: number
  pid: number
  stop(): Promise<void>
}

const URL_LINE = /Daftar browser mode: (http:\/\/127\.0\.0\.1:\d+\/\S*)/

/**
 * Starts the browser-mode server in its own process on the given folders, and resolves with the URL
 * it prints. By default the built server (`node out/node/web.js`), as `npm run web` runs it; `nodeArgs`
 * runs another entry, e.g. the source through tsx.
 */
export function startWebServerProcess(
  root: string,
  env: { dataDir: string; seedsDir: string; rendererDir: string },
  nodeArgs: string[] = [join(root, 'out/node/web.js')],
): Promise<RunningWebServer> {
  const child = spawn(process.execPath, nodeArgs, {
    cwd: root,
    env: { ...process.env, DAFTAR_DATA_DIR: env.dataDir, DAFTAR_SEEDS_DIR: env.seedsDir, DAFTAR_RENDERER_DIR: env.rendererDir, DAFTAR_PORT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
  }
  return new Promise<RunningWebServer>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => {
      void stop()
      reject(new Error(`browser-mode server printed no URL within 15 s:\n${output}`))
    }, 15_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8')
      const match = URL_LINE.exec(output)
      if (!match) return
      clearTimeout(timer)
      const url = new URL(match[1] as string)
      resolve({ url: url.href, origin: url.origin, token: new URLSearchParams(url.hash.slice(1)).get('token') ?? '', port: Number(url.port), pid: child.pid as number, stop })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`browser-mode server exited (${code}) before printing its URL:\n${output}`))
    })
  })
}
