import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const DIR = join(import.meta.dirname, '../../test-results/hardening')

/**
 * Keeps the figures a hardening test measured (test-results/hardening/<name>.json), for
 * docs/RELIABILITY.md, docs/SECURITY.md and `npm run torture`'s summary.
 */
export function recordFigures(name: string, figures: object): void {
  mkdirSync(DIR, { recursive: true })
  writeFileSync(join(DIR, `${name}.json`), `${JSON.stringify({ ...figures, measuredAt: new Date().toISOString() }, null, 2)}\n`)
}
