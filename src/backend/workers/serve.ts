import { parentPort } from 'node:worker_threads'
import { answer, type Methods, type RpcRequest } from './rpc'

/** Runs inside a worker: serves `methods` on the parent port, one request at a time, in order. */
export function serveInWorker(methods: Methods): void {
  const port = parentPort
  if (!port) throw new Error('serveInWorker must run in a worker thread')
  let queue = Promise.resolve()
  port.on('message', (request: RpcRequest) => {
    queue = queue.then(async () => port.postMessage(await answer(methods, request)))
  })
}
