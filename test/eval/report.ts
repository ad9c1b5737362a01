import type { ArticleScore, Overall, Summary } from './score'

export const DEFINITIONS = {
  coverage:
    'share of the article’s gold entities with a known mention or a suggestion occurrence exactly on one of their gold mention spans',
  precision:
    'share of suggestions whose name is one of the article’s gold entity forms (Arabic-normalised; wrong boundaries count as wrong)',
  recall:
    'share of all gold name mentions whose exact span is a known mention or an occurrence of a correct suggestion (recall once the correct suggestions are accepted)',
} as const

export const GOALS = { coverage: 0.8, precision: 0.9, recall: 0.85 } as const

export interface Measured {
  label: string
  articles: { key: string; score: ArticleScore }[]
  overall: Overall
}

const pct = (v: number | null): string => (v === null ? '   —' : `${Math.round(v * 100)}%`.padStart(4))
const triple = (s: ArticleScore): string => `${pct(s.coverage)} ${pct(s.precision)} ${pct(s.recall)}`
const summary = (name: string, s: Summary, goal: number): string =>
  `  ${name.padEnd(10)} mean ${pct(s.mean)}  min ${pct(s.min)}  goal ≥ ${Math.round(goal * 100)}%${s.articles ? '' : ' (undefined: nothing suggested)'}`

/** The readable report: one line per article with the engine beside the baseline, then the overall figures and what the engine missed. */
export function formatReport(baseline: Measured, engine: Measured | { unavailable: string }, warnings: readonly string[]): string {
  const lines: string[] = []
  lines.push('Entity discovery evaluation', '')
  lines.push(`coverage   = ${DEFINITIONS.coverage}`)
  lines.push(`precision  = ${DEFINITIONS.precision}`)
  lines.push(`recall     = ${DEFINITIONS.recall}`)
  lines.push('baseline   = every Latin-script run, and the word right after a title word (src/core/entities/titles.ts)', '')
  const measured = 'unavailable' in engine ? undefined : engine
  lines.push(`${'article'.padEnd(44)} ${measured ? 'engine: cov prec  rec   ' : ''}baseline: cov prec  rec`)
  for (const [i, b] of baseline.articles.entries()) {
    const e = measured?.articles[i]
    lines.push(`${b.key.slice(0, 44).padEnd(44)} ${e ? `        ${triple(e.score)}   ` : ''}          ${triple(b.score)}`)
  }
  lines.push('')
  for (const m of measured ? [measured, baseline] : [baseline]) {
    lines.push(
      `${m.label} (over ${m.articles.length} articles; precision over the ${m.overall.precision.articles} with suggestions, ${m.overall.correctSuggestions} of ${m.overall.suggestions} right):`,
    )
    lines.push(summary('coverage', m.overall.coverage, GOALS.coverage))
    lines.push(summary('precision', m.overall.precision, GOALS.precision))
    lines.push(summary('recall', m.overall.recall, GOALS.recall))
  }
  if (!measured)
    lines.push('', `THE ENGINE COULD NOT BE MEASURED: ${'unavailable' in engine ? engine.unavailable : ''}. Only the baseline is shown.`)
  for (const w of warnings) lines.push(`warning: ${w}`)
  if (measured) {
    lines.push('', 'Missed entities and wrong suggestions (engine):')
    for (const { key, score } of measured.articles) {
      if (score.missed.length === 0 && score.wrong.length === 0) continue
      lines.push(`  ${key}`)
      if (score.missed.length) lines.push(`    missed: ${score.missed.join('، ')}`)
      if (score.wrong.length) lines.push(`    wrong:  ${score.wrong.join('، ')}`)
    }
  }
  return lines.join('\n')
}
