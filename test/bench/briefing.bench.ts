import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { briefingFor, gatherBriefingInput } from '../../src/backend/briefing/briefing-service'
import type { BriefingOptions, BriefingScope } from '../../src/core/briefing/scope'
import { openFresh, populateBriefingData } from './briefing-fixture'
import { ensureBuilt } from './ensure-build'
import type { Row, Section } from './section'
import { median } from './stats'

const RUNS = 5
const SCOPE: BriefingScope = { kind: 'everything' }
const OPTIONS: BriefingOptions = { lang: 'ar', sections: { entities: true, articles: true, sources: true } }
const now = (): Date => new Date('2025-03-01T00:00:00Z')

/** Wall time of a child process, start to exit. */
function processMs(args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now()
  const run = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8' })
  const ms = performance.now() - started
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`)
  return ms
}

/**
 * Briefing export (issue 6): the whole briefing — every entity, every highlight, per-article
 * section, sources — over 1,000 highlights and 200 notes, on a freshly opened backend (the first
 * export of a session: highlights placed, mentions found, notes read), beside the same reading
 * without building (the floor); and the CLI from process start to file written on the seed corpus,
 * beside a bare `node` start.
 */
export const briefing: Section = {
  name: 'briefing',
  run: async (ctx) => {
    const seedsDir = join(ctx.root, 'seeds')
    const dataDir = await ctx.tempDir('briefing')
    await populateBriefingData(dataDir, seedsDir)
    ctx.log('briefing: 1,000 highlights and 200 notes written')

    const cold: number[] = []
    const warm: number[] = []
    const floor: number[] = []
    let bytes = 0
    for (let i = 0; i < RUNS; i++) {
      const backend = await openFresh(dataDir, seedsDir)
      try {
        let t = performance.now()
        const built = await briefingFor(backend, SCOPE, OPTIONS, now)
        cold.push(performance.now() - t)
        if (!built.ok) throw new Error(built.error.message)
        if (built.value.stats.highlights < 900) throw new Error(`only ${built.value.stats.highlights} highlights quoted`)
        bytes = built.value.markdown.length
        t = performance.now()
        await briefingFor(backend, SCOPE, OPTIONS, now)
        warm.push(performance.now() - t)
      } finally {
        await backend.close()
      }
      const reference = await openFresh(dataDir, seedsDir)
      try {
        const t = performance.now()
        const input = await gatherBriefingInput(reference)
        if (!input.ok) throw new Error(input.error.message)
        for (const article of input.value.articles) input.value.mentionsIn(article)
        floor.push(performance.now() - t)
      } finally {
        await reference.close()
      }
    }

    ensureBuilt(ctx.root)
    const cliData = await ctx.tempDir('briefing-cli')
    const out = await ctx.tempDir('briefing-cli-out')
    const env = { DAFTAR_DATA_DIR: cliData, DAFTAR_SEEDS_DIR: seedsDir }
    const cli = join(ctx.root, 'out/node/cli.js')
    processMs([cli, 'list', 'entities'], env) // first start: the registry is seeded into the data folder
    const cliRuns = Array.from({ length: RUNS }, (_, i) => processMs([cli, 'export', '--entity', 'mark-zuckerberg', '--by-article', '--out', join(out, `${i}.md`)], env))
    const bare = Array.from({ length: RUNS }, () => processMs(['-e', ''], {}))

    const rows: Row[] = [
      {
        name: 'briefing, 1,000 highlights + 200 notes, first export after open',
        value: median(cold),
        unit: 'ms',
        reference: { label: 'reading the same data, no Markdown', value: median(floor) },
        goal: { max: 300, source: 'issue 6: briefing with 1,000 highlights and 200 notes' },
        note: `everything in scope, all sections; ${(bytes / 1024).toFixed(0)} KB of Markdown; median of ${RUNS}, each on a freshly opened backend`,
      },
      { name: 'briefing, same, again in the session', value: median(warm), unit: 'ms', reference: { label: 'first export after open', value: median(cold) } },
      {
        name: 'CLI export on the seed corpus, process start → file written',
        value: median(cliRuns),
        unit: 'ms',
        reference: { label: 'bare node process start', value: median(bare) },
        goal: { max: 1000, source: 'issue 6: CLI export' },
        note: `node out/node/cli.js export --entity mark-zuckerberg --by-article; median of ${RUNS}`,
      },
    ]
    return rows
  },
}
