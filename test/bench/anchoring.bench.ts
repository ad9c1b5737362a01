import search from 'approx-string-match'
import { anchor, fuzzyBudget } from '../../src/core/anchoring/anchor'
import { describe, type Selectors } from '../../src/core/anchoring/describe'
import { PreparedText } from '../../src/core/anchoring/prepared-text'
import { normalizeForMatching, normalizeKey } from '../../src/core/text/normalize'
import { prng, sampleSpans } from '../support/edits'
import { seed } from '../support/seeds'
import type { Row, Section } from './section'
import { median } from './stats'

const REPEATS = 15

/** Median wall time of `fn` over REPEATS runs (after one warm-up). */
function timeIt(fn: () => void): number {
  fn()
  const samples: number[] = []
  for (let i = 0; i < REPEATS; i++) {
    const t = performance.now()
    fn()
    samples.push(performance.now() - t)
  }
  return median(samples)
}

/** Anchoring 1,000 highlights on the article they were made on: every one should take the position path. */
function unchanged(): Row {
  const article = seed('003')
  const selectors = sampleSpans(article, 1000, prng(7)).map((s) => describe(article.text, s.start, s.end))
  const ours = timeIt(() => {
    const prepared = new PreparedText(article.text)
    for (const s of selectors) anchor(prepared, s)
  })
  const floor = timeIt(() => {
    let same = 0
    for (const s of selectors) if (article.text.slice(s.position.start, s.position.end) === s.quote.exact) same++
    if (same !== selectors.length) throw new Error('selectors do not match their text')
  })
  return {
    name: `anchor 1,000 highlights on an unchanged article (${article.text.length.toLocaleString('en')} chars), median of ${REPEATS}`,
    value: ours,
    unit: 'ms',
    reference: { label: 'compare each quote at its position only', value: floor },
    goal: { max: 20, source: 'issue: highlights' },
  }
}

/**
 * A 100,000-character article and 200 highlights whose passages were each lightly reworded (two
 * letters changed), so neither the position nor an exact quote matches: every one goes fuzzy.
 */
function fuzzyCase(): { original: string; edited: string; selectors: Selectors[] } {
  const paragraphs = ['000', '001', '002', '003', '004'].flatMap((p) =>
    seed(p)
      .blocks.filter((b) => b.kind === 'paragraph')
      .map((b) => seed(p).text.slice(b.start, b.end)),
  )
  const random = prng(11)
  // Real articles do not repeat whole passages: each paragraph copy gets its words shuffled, so every
  // highlighted passage is unique and the figure measures matching, not ambiguity.
  const shuffled = (paragraph: string): string => {
    const words = paragraph.split(' ')
    for (let i = words.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[words[i], words[j]] = [words[j] as string, words[i] as string]
    }
    return words.join(' ')
  }
  let original = ''
  while (original.length < 100_000) original += `${shuffled(paragraphs[Math.floor(random() * paragraphs.length)] as string)}\n`
  original = original.slice(0, 100_000)
  const selectors: Selectors[] = []
  const edits: { at: number; ch: string }[] = []
  for (let i = 0; i < 200; i++) {
    const start = 400 + i * 495
    const end = start + 60
    selectors.push(describe(original, start, end))
    edits.push({ at: start + 20, ch: 'ث' }, { at: start + 41, ch: 'ذ' })
  }
  const chars = [...original]
  for (const e of edits) chars[e.at] = e.ch
  return { original, edited: chars.join(''), selectors }
}

function fuzzy(): Row[] {
  const { edited, selectors } = fuzzyCase()
  let methods: string[] = []
  const ours = timeIt(() => {
    const prepared = new PreparedText(edited)
    methods = selectors.map((s) => {
      const a = anchor(prepared, s)
      return a.status === 'anchored' ? a.method : a.reason
    })
  })
  const normText = normalizeForMatching(edited).text
  const inputs = selectors.map((s) => normalizeKey(s.quote.exact))
  const direct = timeIt(() => {
    for (const q of inputs) search(normText, q, fuzzyBudget(q.length))
  })
  const fuzzyCount = methods.filter((m) => m === 'fuzzy').length
  if (fuzzyCount < 190) throw new Error(`only ${fuzzyCount} of 200 re-anchored fuzzily: ${JSON.stringify(methods.filter((m) => m !== 'fuzzy'))}`)
  return [
    {
      name: `200 fuzzy re-anchors on a 100,000-char article (${fuzzyCount} of 200 took the fuzzy path), median of ${REPEATS}`,
      value: ours,
      unit: 'ms',
      reference: { label: 'approx-string-match alone, same inputs', value: direct },
      goal: { max: 1000, source: 'issue: highlights' },
    },
    {
      name: '  … ours ÷ approx-string-match alone (same run)',
      value: ours / direct,
      unit: '×',
      goal: { max: 1.3, source: 'issue: highlights' },
    },
  ]
}

export const anchoring: Section = {
  name: 'anchoring',
  run: async () => [unchanged(), ...fuzzy()],
}
