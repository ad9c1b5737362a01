import { normalizeKey } from '../../text/normalize'
import { stripClitics } from '../clitics'
import { overlapsAny, type Span } from '../readable-segments'
import { isDefinite, type Word } from '../words'
import { INSTITUTION_HEADS } from './cue-words'
import { GAZETTEER } from './gazetteer'
import type { Sighting } from './types'
import { afterLetters, type WordFacts } from './word-facts'

type Facts = readonly (WordFacts | null)[]

/**
 * Institution names that begin with their head: "البرلمان الأوروبي", "وكالة الأنباء السعودية",
 * "مركز دبي التجاري العالمي", "معهد مستقبل الإنسانية التابع لجامعة …". A head names an institution
 * only when the words after it say whose it is; "مجلس الإدارة" is any company's board.
 */
export function institutions(text: string, words: readonly Word[], facts: Facts, known: readonly Span[]): Sighting[] {
  const out: Sighting[] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word
    const head = institutionHead(w)
    if (!head || !facts[i]) continue
    let last = namedByDefinites(words, facts, i, head.key)
    if (last < 0 && !isDefinite(w)) last = namedByGenitiveChain(words, facts, known, i, head.key)
    if (last < 0) continue
    last = gazetteerEnd(words, i, last, head.key)
    // "المركز الوطني للأعاصير": after a nationality, what the institution is for ("لل…") is part of its name.
    if (facts[last]?.nationality && /^لل/.test(words[last + 1]?.bare ?? '')) last++
    const start = afterLetters(text, w.start, head.clitic)
    out.push({
      name: head.restore + text.slice(start, words[last]!.end),
      start,
      end: words[last]!.end,
      signals: ['institution'],
      type: 'org',
    })
  }
  return out
}

/**
 * A head and up to three definite words: a name when one of them is a nationality, a gazetteer place
 * or an unknown word ("البرلمان الأوروبي"), or when "التابع" follows. A ministry, committee or
 * university is named by its genitive alone ("وزارة الآثار", "لجنة التجارة").
 */
function namedByDefinites(words: readonly Word[], facts: Facts, i: number, head: string): number {
  let last = -1
  let chain = -1
  for (let j = i + 1; j <= i + 3 && words[j]?.kind === 'ar' && isDefinite(words[j] as Word); j++) {
    const f = facts[j] as WordFacts
    if (j > i + 1 && (f.title || f.stop || f.month || AFFILIATION.has(words[j]!.key))) break
    chain = j
    // A ministry is named by its genitive, not its country ("وزارة الآثار" of "وزارة الآثار المصرية");
    // other such heads may take a nationality after it ("هيئة الإذاعة البريطانية").
    if (head === 'وزاره' && j > i + 1 && !/^وال/.test((words[j] as Word).key)) break
    if (NAMED_BY_GENITIVE.has(head) && !f.nationality) {
      if (j === i + 1 || /^وال/.test((words[j] as Word).key)) last = j
      else break
    } else if (f.nationality || GAZETTEER.has(f.stem) || f.unknown) last = j
  }
  // "جامعة كامبريدج": a university or institute of a place.
  if (last < 0 && NAMED_BY_GENITIVE.has(head) && facts[i + 1]?.place) last = i + 1
  if (last < 0 && chain > i && affiliated(words, chain)) last = chain
  return last
}

/**
 * "مركز أبحاث الطاقة المتجددة التابع لجامعة …", "أمانة مهرجان الجنادرية", "جمعية غوغل السحابية": an
 * indefinite head in a genitive chain — one or two bare nouns, then up to three definite words. It
 * is a name when a word of the chain is a place, unknown to the dictionary or a known name, when it
 * ends with a nationality, or when "التابع" follows (an institution belongs to another).
 */
function namedByGenitiveChain(words: readonly Word[], facts: Facts, known: readonly Span[], i: number, head: string): number {
  let j = i + 1
  let evidence = false
  let owner = -1
  while (j <= i + 2 && chainNoun(words, facts, known, j)) {
    const f = facts[j] as WordFacts
    // "أكاديمية مايكروسوفت": a known name owns an academy or society; "مجلس إدارة فيسبوك" is a company's organ.
    const isKnown = overlapsAny(words[j]!.start, words[j]!.end, known)
    const unknown = f.unknown && !isKnown
    if (unknown || (isKnown && OWNED.has(head))) owner = j
    // "مركز دبي التجاري": a place says whose, once definite words go on with the name.
    evidence ||= owner === j || f.place
    j++
  }
  if (j === i + 1) return -1
  let last = owner
  let chain = j - 1
  for (let k = j; k <= j + 2 && words[k]?.kind === 'ar' && isDefinite(words[k] as Word); k++) {
    const f = facts[k] as WordFacts
    if (f.stop || f.title || f.month || /^وال/.test(words[k]!.key) || AFFILIATION.has(words[k]!.key)) break
    // After its owner ("أكاديمية سامسونغ", "مركز دبي") the name goes on only with adjectives ("التجاري العالمي"), not the sentence's object.
    if (evidence && !/يه?$/.test(words[k]!.key)) break
    chain = k
    if (f.nationality || f.unknown || GAZETTEER.has(f.stem)) evidence = true
    if (evidence) last = k
  }
  if (last < 0 && chain > j - 1 && affiliated(words, chain)) last = chain
  return last
}

/** Heads a known company or person may own: "أكاديمية مايكروسوفت", "جمعية …". */
const OWNED = new Set(['اكاديميه', 'جمعيه', 'معهد', 'جامعه', 'متحف'])

/** A bare noun of a genitive chain: no function word, title, clause opener or definite word. */
function chainNoun(words: readonly Word[], facts: Facts, known: readonly Span[], j: number): boolean {
  const w = words[j]
  const f = facts[j]
  if (w?.kind !== 'ar' || !f || isDefinite(w) || f.stop || f.title || f.month || f.prefixed) return false
  if (overlapsAny(w.start, w.end, known)) return true
  return !/^[وف]/.test(w.key) || f.unknown
}

const AFFILIATION = new Set(['التابع', 'التابعة', 'التابعه'].map(normalizeKey))

/** "…، التابع لجامعة كامبريدج": the words up to `last` name an institution that belongs to another. */
function affiliated(words: readonly Word[], last: number): boolean {
  const next = words[last + 1]?.key === '،' || words[last + 1]?.key === ',' ? words[last + 2] : words[last + 1]
  return next?.kind === 'ar' && AFFILIATION.has(next.key)
}

/** "مجلس النواب الأمريكي": a name the gazetteer knows ends where the gazetteer's does. */
function gazetteerEnd(words: readonly Word[], i: number, last: number, head: string): number {
  for (let j = i + 1; j < last; j++) {
    const phrase = words
      .slice(i + 1, j + 1)
      .map((x) => x.key)
      .join(' ')
    if (GAZETTEER.has(`${head} ${phrase}`)) return j
  }
  return last
}

/** Heads named by their genitive alone. */
const NAMED_BY_GENITIVE = new Set(['وزاره', 'لجنه', 'هييه', 'جامعه', 'اكاديميه', 'معهد', 'متحف', 'كليه', 'الديوان'])

/** The institution head in a word, with the proclitic to leave out: "بمجلس" → مجلس, "للديوان" → الديوان. */
export function institutionHead(w: Word): { key: string; clitic: number; restore: string } | null {
  if (INSTITUTION_HEADS.has(w.key)) return { key: w.key, clitic: 0, restore: '' }
  for (const stem of stripClitics(w.key, 3)) {
    const clitic = w.key.length - stem.length
    const chainEnd = w.key.slice(clitic - 2, clitic)
    // لل gives the article back ("للديوان" → "الديوان"); otherwise the article stays with the head:
    // "المركز الوطني" is not "مركز الوطني".
    if (chainEnd === 'لل' && INSTITUTION_HEADS.has(`ا${w.key.slice(clitic - 1)}`))
      return { key: `ا${w.key.slice(clitic - 1)}`, clitic: clitic - 1, restore: 'ا' }
    if (chainEnd === 'ال' || chainEnd === 'لل') continue
    if (INSTITUTION_HEADS.has(stem)) return { key: stem, clitic, restore: '' }
  }
  return null
}
