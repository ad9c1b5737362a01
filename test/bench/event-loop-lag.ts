import { monitorEventLoopDelay } from 'node:perf_hooks'

/**
 * The longest time the event loop was held while `work` ran: what "the main process never blocked
 * more than 100 ms" means. Node's delay monitor samples every 10 ms; its max is the worst wait a
 * timer (or an IPC message, or an HTTP request) had.
 */
export async function longestBlock<T>(work: () => Promise<T>): Promise<{ value: T; longestMs: number; totalMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 })
  histogram.enable()
  const started = performance.now()
  try {
    const value = await work()
    return { value, longestMs: histogram.max / 1e6, totalMs: performance.now() - started }
  } finally {
    histogram.disable()
  }
}
