/**
 * Builds test/eval/gold/articles.gold.json from spec.ts: searches every form of every entity in the
 * parsed articles and stores the mentions as offsets (no article text). `--review` prints each
 * mention and each near miss with its context instead, for checking by eye; the output stays on the
 * terminal. Run: npx tsx test/eval/gold/derive.ts [--review] [FILE-PREFIX]
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { loadEvalTexts, type EvalText } from '../texts'
import { findForms, longestFirst, type Hit } from './find-forms'
import { SPEC, type ArticleSpec } from './spec'
import type { GoldArticle, GoldFile } from './types'

const OUT = resolve(import.meta.dirname, 'articles.gold.json')

function deriveArticle(article: EvalText, spec: ArticleSpec, problems: string[]): { gold: GoldArticle; kept: Hit[] } {
  const { hits } = findForms(article.text, spec.entities.map(([, , forms]) => forms))
  const skip = new Set(spec.skip ?? [])
  const kept = longestFirst(hits.filter((h) => !skip.has(h.start)))
  for (const start of skip) if (!hits.some((h) => h.start === start)) problems.push(`${article.file}: skip ${start} matches no hit`)
  const gold: GoldArticle = {
    entities: spec.entities.map(([type, name, forms], entity) => {
      const mine = kept.filter((h) => h.entity === entity)
      if (mine.length === 0) problems.push(`${article.file}: ${name} has no mention`)
      for (const form of forms) if (!mine.some((h) => h.form === form)) problems.push(`${article.file}: form ${form} of ${name} never occurs`)
      return { type, name, forms: [...forms], mentions: mine.map((h): [number, number] => [h.start, h.end]) }
    }),
  }
  return { gold, kept }
}

function review(article: EvalText, spec: ArticleSpec, kept: readonly Hit[]): void {
  const { nearMisses } = findForms(article.text, spec.entities.map(([, , forms]) => forms))
  const line = (s: number, e: number): string =>
    `${article.text.slice(Math.max(0, s - 25), s)}[${article.text.slice(s, e)}]${article.text.slice(e, e + 20)}`.replace(/\n/g, '⏎')
  console.log(`\n=== ${article.file}`)
  for (const h of kept) console.log(`${h.start}\t${spec.entities[h.entity]?.[1]}\t${h.prefix ? `(${h.prefix}) ` : ''}${line(h.start, h.end)}`)
  for (const m of nearMisses) console.log(`MISS-${m.why}\t${m.start}\t${m.form}\t${line(m.start, m.end)}`)
}

function main(): void {
  const reviewing = process.argv.includes('--review')
  const only = process.argv.slice(2).find((a) => !a.startsWith('--'))
  const texts = loadEvalTexts()
  const problems: string[] = []
  const out: GoldFile = {}
  for (const article of texts) {
    const spec = SPEC[article.file]
    if (!spec) {
      problems.push(`${article.file}: no spec`)
      continue
    }
    const { gold, kept } = deriveArticle(article, spec, problems)
    out[article.file] = gold
    if (reviewing && (!only || article.file.startsWith(only))) review(article, spec, kept)
  }
  for (const file of Object.keys(SPEC)) if (!texts.some((t) => t.file === file)) problems.push(`${file}: in the spec but not in the articles folder`)
  for (const p of problems) console.error(`problem: ${p}`)
  if (!reviewing) {
    writeFileSync(OUT, formatGold(out))
    console.error(`wrote ${OUT}`)
  }
  if (problems.length > 0) process.exitCode = 1
}

/** One entity per line: the file stays readable and its diffs small. */
export function formatGold(gold: GoldFile): string {
  const articles = Object.entries(gold).map(([file, { entities }]) => {
    const lines = entities.map((e) => `      ${JSON.stringify(e)}`)
    return `  ${JSON.stringify(file)}: {\n    "entities": [\n${lines.join(',\n')}\n    ]\n  }`
  })
  return `{\n${articles.join(',\n')}\n}\n`
}

main()
