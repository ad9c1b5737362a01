import { parentPort } from 'node:worker_threads'
import { answer, type Methods, type RpcRequest } from './rpc'

/**
 * Runs inside a worker: serves `methods` on the parent port, one request at a time, in order. Each
 * request is announced when it starts (`{ id, started: true }`), so the caller's deadline covers
 * the work itself, not the thread's start-up or the requests queued before it.
 */
export function serveInWorker(methods: Methods): void {
  const port = parentPort
  if (!port) throw new Error('serveInWorker must run in a worker thread')
  let queue = Promise.resolve()
  port.on('message', (request: RpcRequest) => {
    queue = queue.then(async () => {
      port.postMessage({ id: request.id, started: true })
      port.postMessage(await answer(methods, request))
    })
  })
}
