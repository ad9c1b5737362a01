import { normalizeKey } from '../../text/normalize'
import { overlapsAny, type Span } from '../readable-segments'
import type { EntityType } from '../types'
import type { Word } from '../words'
import { formsOf } from './context-cues'
import { ORG_CUES } from './cue-words'
import type { Sighting } from './types'
import type { WordFacts } from './word-facts'

type Facts = readonly (WordFacts | null)[]

/** Titled works, named in quotes after the word for them: 'مسرحية "…"', 'فيلم «…»'. */
// prettier-ignore
const WORKS = new Set(['مسرحية', 'فيلم', 'كتاب', 'رواية', 'مسلسل', 'أغنية', 'ألبوم', 'قصيدة', 'معرض', 'مهرجان', 'حملة', 'مبادرة', 'مسابقة'].map(normalizeKey))

/** 'أطلق عليه اسم "…"', 'باسم "…"': the word "name" before a quote. */
const NAME_WORD = normalizeKey('اسم')

const OPENING = '"«“'
const CLOSING = '"»”'
const MAX_WORDS = 4

/**
 * 'متصفح الإنترنت "كروم"', 'جهاز ألعاب الفيديو «إكس بوكس»', 'مسرحية "…"', 'اسم "…"': a short phrase
 * in quotes after the word for its kind (up to two words of complement between) is a name, even when
 * the dictionary knows its words. One word suffices; several must hold an unknown or Latin word, or
 * stand in quotes twice in the text (a slogan or a right — 'تطبيق "حق النسيان"' — is quoted once).
 * The members of a quoted list go with it: 'شركات "…" و"…" و"…"'.
 */
export function quotedNames(text: string, words: readonly Word[], facts: Facts, known: readonly Span[]): Sighting[] {
  const quotes = quotedPhrases(words)
  const times = new Map<string, number>()
  for (const q of quotes) times.set(q.key, (times.get(q.key) ?? 0) + 1)
  const out: Sighting[] = []
  let previous = null as { close: number; type: EntityType | undefined } | null
  for (const q of quotes) {
    const first = words[q.first] as Word
    const last = words[q.last] as Word
    const listed: Cue | null = previous && listedAfter(words, previous.close, q.open) ? { type: previous.type, at: -1 } : null
    const cue = listed ?? kindBefore(words, facts, q.open)
    const wholeKnown = known.some((k) => k.start <= first.start && last.end <= k.end)
    previous = null
    if (!cue) continue
    if (wholeKnown) {
      previous = { close: q.last + 1, type: cue.type }
      continue
    }
    // Known words only: quoted twice, right after a bare kind word ('بتطبيق "حق النسيان"' is "by applying").
    const repeatedTitle = (times.get(q.key) ?? 0) >= 2 && cue.at === q.open - 1 && !/^[بل]/.test(words[cue.at]!.key.replace(/^[وف]/, ''))
    const nameLike =
      q.first === q.last ||
      repeatedTitle ||
      words.slice(q.first, q.last + 1).some((w, i) => w.kind === 'lat' || facts[q.first + i]?.unknown || facts[q.first + i]?.letter)
    if (!nameLike || words.slice(q.first, q.last + 1).some((w) => overlapsAny(w.start, w.end, known))) continue
    out.push({
      name: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      signals: ['kind-word'],
      ...(cue.type ? { type: cue.type } : {}),
    })
    previous = { close: q.last + 1, type: cue.type }
  }
  return out
}

interface Quoted {
  open: number
  first: number
  last: number
  key: string
}

/**
 * Every quote of one to four words, with no punctuation inside. A straight quote opens or closes by
 * its parity on the line, so the closing mark of a long quotation never opens a short one.
 */
function quotedPhrases(words: readonly Word[]): Quoted[] {
  const out: Quoted[] = []
  let straightOpen = false
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word
    if (w.kind === 'break') straightOpen = false
    if (w.key === '"') straightOpen = !straightOpen
    if (!isMark(w, OPENING) || (w.key === '"' && !straightOpen)) continue
    let j = i + 1
    while (j < words.length && j - i <= MAX_WORDS && ['ar', 'lat', 'num'].includes(words[j]!.kind)) j++
    if (j === i + 1 || j - i > MAX_WORDS + 1 || !isMark(words[j], CLOSING)) continue
    const key = words
      .slice(i + 1, j)
      .map((w) => w.key)
      .join(' ')
    out.push({ open: i, first: i + 1, last: j - 1, key })
    if (words[j]!.key === '"') straightOpen = false
    i = j
  }
  return out
}

const isMark = (w: Word | undefined, marks: string): boolean => w?.kind === 'punct' && marks.includes(w.key)

/** The kind word before an opening quote, up to two words of complement away ("متصفح الإنترنت"). */
interface Cue {
  type: EntityType | undefined
  /** Where the kind word is (-1 for a list member). */
  at: number
}

function kindBefore(words: readonly Word[], facts: Facts, open: number): Cue | null {
  for (let k = open - 1; k >= open - 3 && k >= 0; k--) {
    const w = words[k] as Word
    if (w.kind !== 'ar' || !facts[k] || (k < open - 1 && facts[k + 1]?.stop)) return null
    const forms = formsOf(w).flatMap((f) => [f, f.replace(/^ال/, '')])
    const cue = forms.find((f) => ORG_CUES.has(f) || WORKS.has(f) || f === NAME_WORD)
    if (cue) return { type: ORG_CUES.get(cue) ?? (WORKS.has(cue) ? 'other' : undefined), at: k }
    if (facts[k]!.stop) return null
  }
  return null
}

/** '"نوكيا" و"أوراكل"', '"غوغل" أو "ياندكس"': the next member of a quoted list. */
function listedAfter(words: readonly Word[], close: number, open: number): boolean {
  const between = words.slice(close + 1, open)
  return between.length === 1 && between[0]!.kind === 'ar' && ['و', 'او'].includes(between[0]!.key)
}
