import { normalizeKey } from '../../text/normalize'
import { overlapsAny, type Span } from '../readable-segments'
import { lexWords } from '../words'
import { cueBefore, formsOf } from './context-cues'
import { SOURCE_WORDS } from './cue-words'
import type { DiscoveredName, DiscoveryText } from './types'

/**
 * "وذكر أفين", "وبحسب دريك": after a verb of saying or a source word, a person proposed in the same
 * text is often named by surname alone. toName makes a surname an alias only when it is no word of
 * the language (a dictionary surname — "دريك", "أفين" — would mark every use of the word), so here
 * it marks only such places: right after the cue, in a text where the full name occurs, and only
 * when one proposed person has that surname there.
 */
export function withSurnameMentions(names: DiscoveredName[], texts: readonly DiscoveryText[]): DiscoveredName[] {
  const bySurname = new Map<string, DiscoveredName[]>()
  for (const n of names) {
    const parts = n.name.split(/\s+/)
    const surname = parts[parts.length - 1] as string
    // A surname that is already an alias is marked everywhere by the matcher.
    if (n.type !== 'person' || parts.length < 2 || n.aliases.includes(surname)) continue
    const key = normalizeKey(surname)
    bySurname.set(key, [...(bySurname.get(key) ?? []), n])
  }
  if (bySurname.size === 0) return names
  const taken = new Map<number, Span[]>()
  for (const n of names) for (const o of n.occurrences) taken.set(o.text, [...(taken.get(o.text) ?? []), o])
  const inText = new Set(
    names.flatMap((n) => (bySurname.has(normalizeKey(n.name.split(/\s+/).pop() as string)) ? n.occurrences.map((o) => o.text) : [])),
  )
  texts.forEach((doc, t) => {
    if (!inText.has(t)) return
    for (const hit of wordsAfterSpeech(doc.text, bySurname)) {
      const people = (bySurname.get(hit.key) ?? []).filter((n) => n.occurrences.some((o) => o.text === t))
      const spans = taken.get(t) ?? []
      if (people.length !== 1 || overlapsAny(hit.start, hit.end, spans) || overlapsAny(hit.start, hit.end, doc.known)) continue
      people[0]!.occurrences.push({ text: t, start: hit.start, end: hit.end })
      spans.push(hit)
      taken.set(t, spans)
    }
  })
  for (const n of names) n.occurrences.sort((a, b) => a.text - b.text || a.start - b.start)
  return names
}

/** Each surname of `surnames` right after a verb of saying or a source word ("بحسب"). */
function wordsAfterSpeech(text: string, surnames: ReadonlyMap<string, unknown>): (Span & { key: string })[] {
  const words = lexWords(text)
  const out: (Span & { key: string })[] = []
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!
    const before = words[i - 1]!
    if (w.kind !== 'ar' || before.kind !== 'ar' || !surnames.has(w.key)) continue
    const cued = cueBefore(words, i)?.signal === 'speech-verb' || formsOf(before).some((f) => SOURCE_WORDS.has(f) && f !== 'عن')
    if (cued) out.push({ start: w.start, end: w.end, key: w.key })
  }
  return out
}
