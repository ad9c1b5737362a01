/**
 * Builds the gold files from their hand-made specs: test/eval/gold/articles.gold.json from spec.ts
 * (the real articles in ../shared/eval/articles) and test/fixtures/seed-entities.gold.json from
 * seed-spec.ts (the bundled seeds). Every form of every entity is searched in the parsed text and
 * stored as offsets (no article text). `--review` prints each mention and each near miss with its
 * context instead, for checking by eye; that output stays on the terminal.
 * Run: npx tsx test/eval/gold/derive.ts [--seeds] [--review] [FILE-PREFIX]
 */
import { writeFileSync } from 'node:fs'
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { loadEvalTexts, parsedText, ROOT, SEEDS_DIR, type EvalText } from '../texts'
import { findForms, longestFirst, type Hit } from './find-forms'
import { SEED_SPEC } from './seed-spec'
import { SPEC, type ArticleSpec } from './spec'
import type { GoldArticle, GoldFile } from './types'

interface Target {
  specs: Readonly<Record<string, ArticleSpec>>
  texts: () => EvalText[]
  key: (t: EvalText) => string
  out: string
}

const TARGETS: Record<'eval' | 'seeds', Target> = {
  eval: { specs: SPEC, texts: () => loadEvalTexts(), key: (t) => t.file, out: resolve(import.meta.dirname, 'articles.gold.json') },
  seeds: {
    specs: SEED_SPEC,
    texts: () =>
      readdirSync(SEEDS_DIR)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => parsedText(SEEDS_DIR, f)),
    key: (t) => t.id,
    out: resolve(ROOT, 'test/fixtures/seed-entities.gold.json'),
  },
}

function mentionHits(article: EvalText, spec: ArticleSpec): Hit[] {
  const { hits } = findForms(
    article.text,
    spec.entities.map(([, , forms]) => forms),
    article.blockEnds,
  )
  const skip = new Set(spec.skip ?? [])
  const inChrome = (h: Hit): boolean => article.chrome.some(([s, e]) => h.start < e && s < h.end)
  return longestFirst(hits.filter((h) => !skip.has(h.start) && !inChrome(h)))
}

function deriveArticle(key: string, article: EvalText, spec: ArticleSpec, problems: string[]): GoldArticle {
  const kept = mentionHits(article, spec)
  const { hits } = findForms(
    article.text,
    spec.entities.map(([, , forms]) => forms),
    article.blockEnds,
  )
  for (const start of spec.skip ?? []) if (!hits.some((h) => h.start === start)) problems.push(`${key}: skip ${start} matches no hit`)
  return {
    entities: spec.entities.map(([type, name, forms, entityId], entity) => {
      const mine = kept.filter((h) => h.entity === entity)
      if (mine.length === 0) problems.push(`${key}: ${name} has no mention`)
      for (const form of forms) if (!mine.some((h) => h.form === form)) problems.push(`${key}: form ${form} of ${name} never occurs`)
      const mentions = mine.map((h): [number, number] => [h.start, h.end])
      return { type, name, forms: [...forms], mentions, ...(entityId ? { entityId } : {}) }
    }),
  }
}

function review(key: string, article: EvalText, spec: ArticleSpec): void {
  const forms = spec.entities.map(([, , f]) => f)
  const { nearMisses } = findForms(article.text, forms, article.blockEnds)
  const line = (s: number, e: number): string =>
    `${article.text.slice(Math.max(0, s - 25), s)}[${article.text.slice(s, e)}]${article.text.slice(e, e + 20)}`.replace(/\n/g, '⏎')
  console.log(`\n=== ${key}`)
  for (const h of mentionHits(article, spec)) {
    console.log(`${h.start}\t${spec.entities[h.entity]?.[1]}\t${h.prefix ? `(${h.prefix}) ` : ''}${line(h.start, h.end)}`)
  }
  for (const m of nearMisses) console.log(`MISS-${m.why}\t${m.start}\t${m.form}\t${line(m.start, m.end)}`)
}

function main(): void {
  const target = TARGETS[process.argv.includes('--seeds') ? 'seeds' : 'eval']
  const reviewing = process.argv.includes('--review')
  const only = process.argv.slice(2).find((a) => !a.startsWith('--'))
  const texts = target.texts()
  const problems: string[] = []
  const out: GoldFile = {}
  for (const article of texts) {
    const key = target.key(article)
    const spec = target.specs[key]
    if (!spec) {
      problems.push(`${key}: no spec`)
      continue
    }
    out[key] = deriveArticle(key, article, spec, problems)
    if (reviewing && (!only || key.startsWith(only))) review(key, article, spec)
  }
  for (const key of Object.keys(target.specs))
    if (!texts.some((t) => target.key(t) === key)) problems.push(`${key}: in the spec but not among the texts`)
  for (const p of problems) console.error(`problem: ${p}`)
  if (!reviewing) {
    writeFileSync(target.out, formatGold(out))
    console.error(`wrote ${target.out}`)
  }
  if (problems.length > 0) process.exitCode = 1
}

/** One entity per line: the file stays readable and its diffs small. */
function formatGold(gold: GoldFile): string {
  const articles = Object.entries(gold).map(([key, { entities }]) => {
    const lines = entities.map((e) => `      ${JSON.stringify(e)}`)
    return `  ${JSON.stringify(key)}: {\n    "entities": [\n${lines.join(',\n')}\n    ]\n  }`
  })
  return `{\n${articles.join(',\n')}\n}\n`
}

main()
