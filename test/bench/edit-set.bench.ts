import { anchor } from '../../src/core/anchoring/anchor'
import { describe } from '../../src/core/anchoring/describe'
import type { Article } from '../../src/core/corpus/types'
import { addTashkeelAndTatweel, prng, sampleSpans, simplifyLetters, toCrlf, type Edited } from '../support/edits'
import { seed } from '../support/seeds'
import type { Row, Section } from './section'

const CASES = 1500

/** One edit of a text, with where a start and an end offset go (null: the character was deleted). */
interface Edit {
  text: string
  mapStart(o: number): number | null
  mapEnd(o: number): number | null
  /** What the edit did to the span [s, e) in the old text. */
  touches(s: number, e: number): 'none' | 'modified' | 'damaged'
}

const INSERTS = ['وفي تطور لاحق، ', 'قال مصدر مطلع إن ', ' (تحديث) ', 'أضافت الشركة في بيان ', '، بحسب وكالة رويترز،', 'Meta ']

function insertEdit(text: string, at: number, s: string): Edit {
  return {
    text: text.slice(0, at) + s + text.slice(at),
    mapStart: (o) => (o < at ? o : o + s.length),
    mapEnd: (o) => (o <= at ? o : o + s.length),
    touches: (a, b) => (a < at && at < b ? 'modified' : 'none'),
  }
}

function removeEdit(text: string, from: number, to: number): Edit {
  const n = to - from
  return {
    text: text.slice(0, from) + text.slice(to),
    mapStart: (o) => (o < from ? o : o >= to ? o - n : null),
    mapEnd: (o) => (o <= from ? o : o > to ? o - n : o === to ? from : null),
    touches: (a, b) => (b <= from || a >= to ? 'none' : 'damaged'),
  }
}

function substituteEdit(text: string, at: number, ch: string): Edit {
  return {
    text: text.slice(0, at) + ch + text.slice(at + 1),
    mapStart: (o) => o,
    mapEnd: (o) => o,
    touches: (a, b) => (a <= at && at < b ? 'modified' : 'none'),
  }
}

const wholeText = (edited: Edited): Edit => ({ text: edited.text, mapStart: edited.map, mapEnd: edited.map, touches: () => 'none' })

/** A random edit: an insertion, a deletion, a changed letter, or a normalisation change over the whole text. */
function randomEdit(text: string, random: () => number, near: number): Edit {
  const roll = random()
  // Half the local edits land near the highlight, where they are hardest.
  const where = (): number => Math.max(0, Math.min(text.length - 1, random() < 0.5 ? near + Math.floor((random() - 0.5) * 300) : Math.floor(random() * text.length)))
  if (roll < 0.3) return insertEdit(text, where(), INSERTS[Math.floor(random() * INSERTS.length)] as string)
  if (roll < 0.55) {
    const from = where()
    return removeEdit(text, from, Math.min(text.length, from + 1 + Math.floor(random() * 80)))
  }
  if (roll < 0.7) return substituteEdit(text, where(), 'ثذظضغ'[Math.floor(random() * 5)] as string)
  if (roll < 0.8) return wholeText(addTashkeelAndTatweel(text))
  if (roll < 0.9) return wholeText(simplifyLetters(text))
  return wholeText(toCrlf(text))
}

type Outcome = 'exact' | 'inexact' | 'followed' | 'orphaned' | 'mis-anchored'
type Kind = 'intact' | 'modified' | 'deleted'

function runCase(article: Article, index: number): { kind: Kind; outcome: Outcome } {
  const random = prng(50_000 + index)
  const [span] = sampleSpans(article, 1, random)
  if (!span) throw new Error('no span')
  const selectors = describe(article.text, span.start, span.end)
  let text = article.text
  let s: number | null = span.start
  let e: number | null = span.end
  let survivors = Array.from({ length: span.end - span.start }, (_, i) => span.start + i)
  let kind: Kind = 'intact'
  const edits = 1 + Math.floor(random() * 3)
  for (let i = 0; i < edits; i++) {
    const edit = randomEdit(text, random, s ?? survivors[0] ?? 0)
    const touched = s !== null && e !== null ? edit.touches(s, e) : 'none'
    if (touched !== 'none') kind = 'modified'
    survivors = survivors.map((o) => edit.mapStart(o)).filter((o): o is number => o !== null)
    s = s === null ? null : edit.mapStart(s)
    e = e === null ? null : edit.mapEnd(e)
    if (s === null || e === null) kind = 'modified'
    text = edit.text
  }
  if (survivors.length === 0) kind = 'deleted'
  const result = anchor(text, selectors)
  if (result.status === 'orphan') return { kind, outcome: 'orphaned' }
  if (kind === 'intact') {
    if (result.start === s && result.end === e) return { kind, outcome: 'exact' }
    return { kind, outcome: result.start < (e as number) && result.end > (s as number) ? 'inexact' : 'mis-anchored' }
  }
  const overlaps = survivors.some((o) => o >= result.start && o < result.end)
  return { kind, outcome: overlaps ? 'followed' : 'mis-anchored' }
}

/**
 * A generated edit set: 1,500 highlights on the seeds, each article then edited one to three
 * times (insertions and deletions, half of them near the highlight; changed letters; added tashkeel
 * and tatweel; simplified alef/yaa; CRLF). Every result is checked against where the passage
 * really went: exact, inexact (overlapping), followed (a modified passage, found), orphaned, or
 * mis-anchored (placed where the passage is not: the figure that must stay 0).
 */
export const editSet: Section = {
  name: 'anchoring edit set',
  run: async () => {
    const articles = ['000', '001', '002', '003', '004'].map(seed)
    const counts = new Map<string, number>()
    const started = performance.now()
    for (let i = 0; i < CASES; i++) {
      const { kind, outcome } = runCase(articles[i % articles.length] as Article, i)
      counts.set(`${kind}:${outcome}`, (counts.get(`${kind}:${outcome}`) ?? 0) + 1)
      counts.set(kind, (counts.get(kind) ?? 0) + 1)
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1)
    }
    const elapsed = performance.now() - started
    const n = (key: string): number => counts.get(key) ?? 0
    const rows: Row[] = [
      { name: `cases (${n('intact')} intact, ${n('modified')} edited inside or partly deleted, ${n('deleted')} deleted)`, value: CASES, unit: 'count', reference: { label: 'to anchor them all', value: elapsed, unit: 'ms' } },
      { name: 'intact passages re-anchored exactly', value: n('intact:exact'), unit: 'count', reference: { label: `of ${n('intact')} intact`, value: n('intact'), unit: 'count' } },
      { name: 'intact passages placed inexactly (overlapping)', value: n('intact:inexact'), unit: 'count' },
      { name: 'intact passages orphaned', value: n('intact:orphaned'), unit: 'count' },
      { name: 'edited passages followed (placed on what remains)', value: n('modified:followed'), unit: 'count', reference: { label: `of ${n('modified')} edited`, value: n('modified'), unit: 'count' } },
      { name: 'edited passages orphaned', value: n('modified:orphaned'), unit: 'count' },
      { name: 'deleted passages orphaned', value: n('deleted:orphaned'), unit: 'count', reference: { label: `of ${n('deleted')} deleted`, value: n('deleted'), unit: 'count' } },
      { name: 'mis-anchored (placed where the passage is not)', value: n('mis-anchored'), unit: 'count', goal: { max: 0, source: 'issue: highlights' } },
    ]
    return rows
  },
}
