import { stripClitics } from './clitics'
import { overlapsAny, type Span } from './readable-segments'
import { isStopWord } from './stop-words'
import { LINK_WORDS, NAME_PARTICLES, TITLE_WORDS, TITLES, type Title } from './titles'
import type { Suggestion } from './types'
import { isDefinite, type Word } from './words'

/** Most names in this news are two or three words ("سام ألتمان", "لورينس فان دير مايتن" counts two). */
const MAX_NAME_WORDS = 3
const MIN_NAME_WORDS = 2
const MAX_MODIFIERS = 3

/**
 * Person names after a title: "الباحث البارز لورينس فان دير مايتن" → "لورينس فان دير مايتن".
 * Reads: title, its modifiers (definite adjectives or genitives: "البارز", "إدارة المنتجات"), an
 * optional organisation ("لشركة OpenAI", "لميتا" when it is a known mention), an optional comma,
 * then two or three Arabic words. Precision first, so a candidate is dropped when:
 * - its first word is definite (a noun phrase: "للذكاء الاصطناعي") or starts with و (the next clause:
 *   "، وحاول"; this also loses names like "وليد" there); a later word with و ends the name unless
 *   punctuation has to close it (below);
 * - a word ends in ة (mostly common nouns: "إعادة هيكلة"; loses names like "فاطمة" there);
 * - after an organisation or a comma, the words do not end at punctuation or a line end (an
 *   apposition is closed: "…لشركة OpenAI، سام ألتمان، …", whereas "…لشركة ميتا، إعادة هيكلة لجهود"
 *   runs on as a sentence);
 * - it overlaps a known mention (the registry already has it).
 */
export function suggestAfterTitles(text: string, words: readonly Word[], known: readonly Span[]): Suggestion[] {
  const out: Suggestion[] = []
  for (let i = 0; i < words.length; i++) {
    const title = titleAt(words, i)
    if (!title) continue
    const found = nameAfterTitle(words, title.end, title.definite, known)
    if (found) out.push({ ...found, text: text.slice(found.start, found.end), reason: 'after-title', type: 'person' })
  }
  return out
}

/** The titles by their first word, longest first: asked for every Arabic word of every article. */
const TITLES_BY_FIRST_WORD = new Map<string, Title[]>()
for (const title of TITLES) {
  const first = title.words[0] as string
  TITLES_BY_FIRST_WORD.set(first, [...(TITLES_BY_FIRST_WORD.get(first) ?? []), title])
}

function titleAt(words: readonly Word[], i: number): { end: number; definite: boolean } | null {
  const first = words[i]
  if (first?.kind !== 'ar') return null
  // "والمهندس", "ومديرة": a conjunction may lead the title.
  const firstForms = [first.key, ...(first.key.startsWith('و') || first.key.startsWith('ف') ? [first.key.slice(1)] : [])]
  for (const title of firstForms.flatMap((f) => TITLES_BY_FIRST_WORD.get(f) ?? [])) {
    let k = 1
    while (k < title.words.length && words[i + k]?.kind === 'ar' && words[i + k]?.key === title.words[k]) k++
    if (k === title.words.length) return { end: i + k, definite: title.definite }
  }
  return null
}

function nameAfterTitle(words: readonly Word[], from: number, definite: boolean, known: readonly Span[]): Span | null {
  let p = from
  let modifiers = 0
  while (modifiers < MAX_MODIFIERS && words[p]?.kind === 'ar') {
    const w = words[p] as Word
    if (overlapsAny(w.start, w.end, known)) break
    if (isDefinite(w)) {
      p++
    } else if (!definite && modifiers === 0 && words[p + 1] && isDefinite(words[p + 1] as Word) && !isStopWord(w.key)) {
      p += 2 // a genitive complement: "مديرة إدارة المنتجات"
    } else break
    modifiers++
  }
  const org = organisationAt(words, p, known)
  if (org > p) p = org
  if (!definite && org === -1 && modifiers === 0) return null
  const hasOrg = org !== -1
  let comma = false
  if (words[p]?.kind === 'punct' && (words[p]?.key === '،' || words[p]?.key === ',')) {
    comma = true
    p++
  }
  const closed = hasOrg || comma
  const name = nameWindow(words, p, known, closed)
  if (!name) return null
  const next = words[name.next]
  if (closed && next && !(next.kind === 'break' || (next.kind === 'punct' && CLOSING.has(next.key)))) return null
  const first = words[name.first] as Word
  const last = words[name.last] as Word
  return { start: first.start, end: last.end }
}

const CLOSING = new Set(['،', ',', '.', ':', '؛', ';', '(', ')', '!', '?', '؟', '–', '—', '-'])

/** End of "لشركة OpenAI" / "في Meta" / "لميتا" (a known mention) at `p`, or -1 when there is none. */
function organisationAt(words: readonly Word[], p: number, known: readonly Span[]): number {
  let q = p
  for (let links = 0; links < 2 && words[q]?.kind === 'ar' && LINK_WORDS.has((words[q] as Word).key); links++) q++
  const w = words[q]
  if (!w) return -1
  if (w.kind === 'lat') {
    q++
    while (words[q]?.kind === 'lat' || words[q]?.kind === 'num') q++
    return q
  }
  if (w.kind === 'ar' && overlapsAny(w.start, w.end, known)) {
    q++
    while (words[q]?.kind === 'ar' && overlapsAny((words[q] as Word).start, (words[q] as Word).end, known)) q++
    return q
  }
  return -1
}

function nameWindow(
  words: readonly Word[],
  p: number,
  known: readonly Span[],
  closed: boolean,
): { first: number; last: number; next: number } | null {
  let content = 0
  let last = -1
  let q = p
  for (; words[q]?.kind === 'ar'; q++) {
    const w = words[q] as Word
    if (NAME_PARTICLES.has(w.key)) {
      if (content === 0) return null
      continue
    }
    // A function or title word ends the name, also behind a clitic ("ومديرة"); stems under three
    // letters are not read that way ("فان" is not ف + أن).
    const stems = [w.key, ...stripClitics(w.key, 3)]
    if (stems.some((s) => isStopWord(s) || TITLE_WORDS.has(s))) break
    if (overlapsAny(w.start, w.end, known)) break
    if (content === 0 && (isDefinite(w) || w.key.startsWith('و'))) return null
    // A later word with و starts the next item ("… أغاروال ومديرة"), unless punctuation must close the
    // name anyway ("مؤسس Scale AI، ألكسندر وانغ،").
    if (content > 0 && !closed && w.key.startsWith('و')) break
    if (w.bare.endsWith('ة')) return null
    if (++content > MAX_NAME_WORDS) return null
    last = q
  }
  if (content < MIN_NAME_WORDS) return null
  // Particles after the last content word are not part of the name.
  return { first: p, last, next: last + 1 === q ? q : last + 1 }
}
