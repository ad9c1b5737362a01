import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker, type ResourceLimits } from 'node:worker_threads'
import type { Methods, Remote, RpcAnswer } from './rpc'

export type WorkerEntry = 'parse-worker' | 'search-worker' | 'discovery-worker'

const here = dirname(fileURLToPath(import.meta.url))
const fromSource = fileURLToPath(import.meta.url).endsWith('.ts')

/**
 * Where a worker's entry file is. Built (out/node, out/main): `<entry>.js` beside the bundle that
 * imports this module, or one folder up when the bundler put this module in a chunks folder. From
 * source (vitest, tsx): the .ts file beside this one, loaded through tsx's loader.
 */
function entryFile(entry: WorkerEntry): string {
  if (fromSource) return join(here, `${entry}.ts`)
  for (const dir of [here, dirname(here)]) {
    const file = join(dir, `${entry}.js`)
    if (existsSync(file)) return file
  }
  throw new Error(`The worker file ${entry}.js is missing next to ${here}`)
}

/**
 * The search worker answers a query over 10,000 articles by allocating a result object per matching
 * article and term; with V8's default young generation (16 MB) many survive into old space and cost
 * full collections mid-query. A larger nursery keeps them short-lived (measured on the worst-case
 * bench corpus, where every query matches most articles: query p95 48 → 42 ms).
 */
const RESOURCE_LIMITS: Record<WorkerEntry, ResourceLimits> = {
  'parse-worker': {},
  'search-worker': { maxYoungGenerationSizeMb: 96 },
  'discovery-worker': {},
}

function startWorker(entry: WorkerEntry): Worker {
  const file = entryFile(entry)
  const resourceLimits = RESOURCE_LIMITS[entry]
  if (!fromSource) return new Worker(file, { resourceLimits })
  // Running from TypeScript sources: let tsx load the entry (and what it imports) in the worker.
  // Its ESM build, found beside its package.json: require.resolve would give the CommonJS build.
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'))
  const tsx = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href
  const code = `import(${JSON.stringify(tsx)}).then((m) => m.tsImport(${JSON.stringify(pathToFileURL(file).href)}, ${JSON.stringify(import.meta.url)}))`
  return new Worker(code, { eval: true, resourceLimits })
}

/**
 * The calling side of a worker: one thread, started on first use, requests answered in order.
 * If the thread dies, pending calls fail with the reason and the next call starts a new one.
 */
export class WorkerClient<M extends Methods> {
  private worker: Worker | null = null
  private nextId = 1
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  readonly remote: Remote<M>

  constructor(private readonly entry: WorkerEntry) {
    this.remote = new Proxy({} as Remote<M>, {
      get: (_target, method: string) => (...args: unknown[]) => this.call(method, args),
    })
  }

  private thread(): Worker {
    if (this.worker) return this.worker
    const worker = startWorker(this.entry)
    worker.on('message', (reply: RpcAnswer) => {
      const waiting = this.pending.get(reply.id)
      if (!waiting) return
      this.pending.delete(reply.id)
      if (this.pending.size === 0) worker.unref()
      if (reply.ok) waiting.resolve(reply.value)
      else waiting.reject(new Error(reply.message))
    })
    const fail = (error: Error): void => {
      if (this.worker === worker) this.worker = null
      for (const waiting of this.pending.values()) waiting.reject(error)
      this.pending.clear()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`The ${this.entry} thread stopped (exit code ${code})`)))
    // An idle worker must not keep the process alive (tests, quitting); a busy one must.
    worker.unref()
    this.worker = worker
    return worker
  }

  private call(method: string, args: unknown[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++
      this.pending.set(id, { resolve, reject })
      const worker = this.thread()
      worker.ref()
      try {
        worker.postMessage({ id, method, args })
      } catch (error) {
        // Arguments that cannot be cloned (a function, a class instance with private state): the
        // call never reached the thread, so nothing will answer it; it must not keep the thread busy.
        this.pending.delete(id)
        if (this.pending.size === 0) worker.unref()
        reject(new Error(`The ${this.entry} call ${method} could not be sent: ${error instanceof Error ? error.message : String(error)}`))
      }
    })
  }

  /** Whether a thread is running now (a call after close() or a crash would start a new one). */
  get running(): boolean {
    return this.worker !== null
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    if (worker) await worker.terminate()
  }
}
