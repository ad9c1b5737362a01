import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * A full garbage collection, so heap figures count what is retained, not what is waiting to be
 * collected. Uses --expose-gc when the process has it, else switches the flag on at run time.
 */
export function collectGarbage(): void {
  const g = globalThis as { gc?: () => void }
  if (!g.gc) {
    setFlagsFromString('--expose-gc')
    g.gc = runInNewContext('gc') as () => void
  }
  g.gc()
  g.gc()
}
