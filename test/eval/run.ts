/**
 * `npm run eval`: measures entity discovery on the 27 real articles in ../shared/eval/articles against
 * test/eval/gold/articles.gold.json, beside a naive baseline; `--seeds` measures it on the five bundled
 * seeds against test/fixtures/seed-entities.gold.json instead. `--json` prints the figures as one JSON
 * object; `--no-build` skips rebuilding the CLI. Exit code 0 whenever the measurement ran (the figures
 * are the result), 1 when the texts or the gold are missing.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { naiveBaseline } from './baseline'
import { runEngine } from './engine'
import type { GoldFile } from './gold/types'
import { DEFINITIONS, formatReport, GOALS, type Measured } from './report'
import { overall, scoreArticle, type Found } from './score'
import { loadEvalTexts, parsedText, ROOT, SEEDS_DIR, type EvalText } from './texts'

interface Setup {
  texts: EvalText[]
  gold: GoldFile
  key: (t: EvalText) => string
}

function setup(seeds: boolean): Setup {
  if (seeds) {
    const texts = readdirSync(SEEDS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => parsedText(SEEDS_DIR, f))
    return { texts, gold: readGold(resolve(ROOT, 'test/fixtures/seed-entities.gold.json')), key: (t) => t.id }
  }
  return { texts: loadEvalTexts(), gold: readGold(resolve(import.meta.dirname, 'gold/articles.gold.json')), key: (t) => t.file }
}

function readGold(path: string): GoldFile {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldFile
}

function measure(label: string, { texts, gold, key }: Setup, found: (t: EvalText) => Found): Measured {
  const articles = texts.map((t) => {
    const g = gold[key(t)]
    if (!g) throw new Error(`No gold for ${key(t)}.`)
    return { key: key(t), score: scoreArticle(g, found(t)) }
  })
  return { label, articles, overall: overall(articles.map((a) => a.score)) }
}

function main(): void {
  const args = process.argv.slice(2)
  const s = setup(args.includes('--seeds'))
  const baseline = measure('baseline', s, (t) => naiveBaseline(t.text))
  const run = runEngine(s.texts, SEEDS_DIR, !args.includes('--no-build'))
  const engine = run.ok
    ? measure('engine', s, (t) => run.byPath.get(t.path) ?? { known: [], suggestions: [] })
    : { unavailable: run.reason }
  const warnings = run.ok ? run.warnings : []
  if (args.includes('--json')) {
    const figures = (m: Measured): object => ({ overall: m.overall, articles: Object.fromEntries(m.articles.map((a) => [a.key, a.score])) })
    const out = {
      corpus: args.includes('--seeds') ? 'seeds' : 'eval',
      definitions: DEFINITIONS,
      goals: GOALS,
      engine: 'unavailable' in engine ? { available: false, reason: engine.unavailable } : { available: true, ...figures(engine) },
      baseline: figures(baseline),
      warnings,
    }
    console.log(JSON.stringify(out, null, 2))
  } else {
    console.log(formatReport(baseline, engine, warnings))
  }
}

try {
  main()
} catch (error) {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
