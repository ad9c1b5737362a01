import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { anchoring } from './anchoring.bench'
import { briefing } from './briefing.bench'
import { corpusLoad } from './corpus-load.bench'
import { discovery } from './discovery.bench'
import { editSet } from './edit-set.bench'
import { figures } from './figures.bench'
import { notesAutosave } from './notes-autosave.bench'
import { firstPaint } from './first-paint.bench'
import { highlightPaint } from './highlight-paint.bench'
import { hugeArticle } from './huge-article.bench'
import { mentions } from './mentions.bench'
import { importSection } from './import.bench'
import { scaleSection } from './scale.bench'
import { relations } from './relations.bench'
import { searchSection } from './search.bench'
import type { Section, SectionContext } from './section'
import { storeWrite } from './store-write.bench'
import { timeline } from './timeline.bench'
import { formatTable, type TableRow } from './table'
import { TempDirs } from './temp-dirs'

/**
 * `npm run bench`: not a test. Runs each section, prints one table where every figure stands beside
 * a reference measured in the same run and the goal from its issue, and writes
 * test-results/bench.json. `npm run bench -- --only store` runs the sections whose name contains
 * "store". To add figures, write a `Section` (see section.ts) and list it here.
 */
const SECTIONS: readonly Section[] = [
  corpusLoad,
  storeWrite,
  firstPaint,
  hugeArticle,
  anchoring,
  editSet,
  highlightPaint,
  mentions,
  discovery,
  notesAutosave,
  briefing,
  figures,
  importSection,
  searchSection,
  timeline,
  scaleSection,
  relations,
]

const ROOT = resolve(import.meta.dirname, '../..')

async function main(): Promise<number> {
  const onlyAt = process.argv.indexOf('--only')
  const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined
  const chosen = SECTIONS.filter((s) => !only || s.name.includes(only))
  const temp = new TempDirs()
  const stop = (): void => {
    void temp.removeAll().finally(() => process.exit(130))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)

  const ctx: SectionContext = {
    root: ROOT,
    log: (message) => console.error(`[bench] ${message}`),
    tempDir: (label) => temp.make(label),
  }
  const rows: TableRow[] = []
  const failures: { section: string; error: string }[] = []
  const started = performance.now()
  try {
    for (const section of chosen) {
      const t = performance.now()
      try {
        for (const row of await section.run(ctx)) {
          rows.push({ ...row, section: section.name, pass: row.pass ?? (row.goal ? row.value <= row.goal.max : undefined) })
        }
      } catch (error) {
        failures.push({ section: section.name, error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
      }
      ctx.log(`${section.name}: ${((performance.now() - t) / 1000).toFixed(1)} s`)
    }
  } finally {
    await temp.removeAll()
  }

  const machine = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB`
  console.log(`Daftar bench — ${new Date().toISOString()} — ${machine}`)
  console.log(formatTable(rows))
  for (const row of rows.filter((r) => r.note)) console.log(`* ${row.name}: ${row.note}`)
  for (const f of failures) console.log(`\nSECTION FAILED: ${f.section}\n${f.error}`)
  const missed = rows.filter((r) => r.pass === false).length
  console.log(
    `\n${rows.length} figures, ${rows.filter((r) => r.goal).length} with a goal, ${missed} missed; ${((performance.now() - started) / 1000).toFixed(0)} s`,
  )

  const out = join(ROOT, 'test-results')
  await mkdir(out, { recursive: true })
  await writeFile(join(out, 'bench.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, rows, failures }, null, 2)}\n`)
  // Missing a goal is a finding, not a crash: exit 0 unless a section could not run.
  return failures.length > 0 ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
