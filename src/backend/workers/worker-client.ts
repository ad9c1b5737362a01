import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker, type ResourceLimits } from 'node:worker_threads'
import type { Methods, Remote, RpcAnswer, RpcStarted } from './rpc'

export type WorkerEntry = 'parse-worker' | 'search-worker' | 'discovery-worker' | 'relations-worker'

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
  'relations-worker': {},
}

/**
 * How long a thread may sit idle before it is ended, freeing its heap (the next call starts a new
 * one). Discovery holds the Arabic word list and the texts of its last pass, parsing a DOM
 * implementation, relations their graph code: each costs tens of megabytes for work done after an
 * import or on request, and a new thread starts in a fraction of a second. The search thread keeps
 * its indexes and stays.
 */
export const IDLE_CLOSE_MS: Partial<Record<WorkerEntry, number>> = {
  'discovery-worker': 30_000,
  'parse-worker': 30_000,
  'relations-worker': 30_000,
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

/** A call that ran past its deadline (or was stopped): its thread was terminated. */
export class WorkerStoppedError extends Error {
  constructor(
    message: string,
    readonly reason: 'deadline' | 'stopped',
    /** The deadline that ran out, in seconds (a 'deadline' stop). */
    readonly seconds?: number,
  ) {
    super(message)
  }
}

interface Pending {
  resolve: (v: unknown) => void
  reject: (e: Error) => void
  timer?: NodeJS.Timeout
}

/**
 * The calling side of a worker: one thread, started on first use, requests answered in order.
 * If the thread dies, pending calls fail with the reason and the next call starts a new one.
 * With a deadline, a call still running that long after the worker started it is failed and the
 * thread TERMINATED (synchronous work such as jsdom cannot be interrupted any other way); the
 * next call starts a fresh thread.
 */
export class WorkerClient<M extends Methods> {
  private worker: Worker | null = null
  private idleTimer: NodeJS.Timeout | undefined
  private nextId = 1
  private readonly pending = new Map<number, Pending>()
  readonly remote: Remote<M>

  constructor(
    private readonly entry: WorkerEntry,
    private readonly deadlineMs?: number,
  ) {
    this.remote = new Proxy({} as Remote<M>, {
      get: (_target, method: string) => (...args: unknown[]) => this.call(method, args),
    })
  }

  private thread(): Worker {
    if (this.worker) return this.worker
    const worker = startWorker(this.entry)
    worker.on('message', (reply: RpcAnswer | RpcStarted) => {
      const waiting = this.pending.get(reply.id)
      if (!waiting) return
      if ('started' in reply) {
        if (this.deadlineMs !== undefined) {
          const ms = this.deadlineMs
          waiting.timer = setTimeout(() => this.stop(new WorkerStoppedError(`It took longer than ${(ms / 1000).toLocaleString('en-US')} s and was stopped.`, 'deadline', ms / 1000)), ms)
        }
        return
      }
      clearTimeout(waiting.timer)
      this.pending.delete(reply.id)
      if (this.pending.size === 0) this.idle(worker)
      if (reply.ok) waiting.resolve(reply.value)
      else waiting.reject(new Error(reply.message))
    })
    const fail = (error: Error): void => {
      if (this.worker !== worker) return // already stopped and replaced
      this.worker = null
      this.rejectAll(error)
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
      clearTimeout(this.idleTimer)
      this.pending.set(id, { resolve, reject })
      const worker = this.thread()
      worker.ref()
      try {
        worker.postMessage({ id, method, args })
      } catch (error) {
        // Arguments that cannot be cloned (a function, a class instance with private state): the
        // call never reached the thread, so nothing will answer it; it must not keep the thread busy.
        this.pending.delete(id)
        if (this.pending.size === 0) this.idle(worker)
        reject(new Error(`The ${this.entry} call ${method} could not be sent: ${error instanceof Error ? error.message : String(error)}`))
      }
    })
  }

  /**
   * Terminates the thread now, failing what it was doing with `error` (the deadline, or the
   * user's "stop"); the next call starts a new thread.
   */
  stop(error: Error = new WorkerStoppedError('Stopped.', 'stopped')): void {
    const worker = this.worker
    if (!worker) return
    this.worker = null
    this.rejectAll(error)
    void worker.terminate()
  }

  /** Nothing is waiting: the thread no longer keeps the process alive, and ends if left idle (IDLE_CLOSE_MS). */
  private idle(worker: Worker): void {
    worker.unref()
    const ms = IDLE_CLOSE_MS[this.entry]
    if (ms === undefined) return
    clearTimeout(this.idleTimer)
    this.idleTimer = setTimeout(() => {
      if (this.worker === worker && this.pending.size === 0) void this.close()
    }, ms)
    this.idleTimer.unref()
  }

  private rejectAll(error: Error): void {
    for (const waiting of this.pending.values()) {
      clearTimeout(waiting.timer)
      waiting.reject(error)
    }
    this.pending.clear()
  }

  /** Whether a thread is running now (a call after close() or a crash would start a new one). */
  get running(): boolean {
    return this.worker !== null
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer)
    const worker = this.worker
    this.worker = null
    this.rejectAll(new Error(`The ${this.entry} thread was closed`))
    if (worker) await worker.terminate()
  }
}
