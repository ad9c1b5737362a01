/** Percentiles and timing helpers for the bench. Nearest-rank percentiles: a reported p95 is a real sample. */

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number
}

export const p50 = (samples: readonly number[]): number => percentile(samples, 50)
export const p95 = (samples: readonly number[]): number => percentile(samples, 95)
export const median = p50
export const max = (samples: readonly number[]): number => Math.max(...samples)

/** Runs `fn` and returns its result with the elapsed wall time in milliseconds. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await fn()
  return { ms: performance.now() - start, value }
}

export const MB = 1024 * 1024
