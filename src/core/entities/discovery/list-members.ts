import type { Span } from '../readable-segments'
import { INSTITUTION_HEADS, ORG_CUES } from './cue-words'
import type { EntityType } from '../types'
import type { Word } from '../words'
import { isConjunction } from './name-runs'
import type { Sighting } from './types'
import { afterLetters, type WordFacts } from './word-facts'

type Facts = readonly (WordFacts | null)[]

/** A member of a list: words first..last, the first perhaps behind the conjunction و. */
interface Member {
  first: number
  last: number
  conjunction: boolean
}

const MAX_MEMBER_WORDS = 4

/**
 * "… مجموعة الإمارات وإعمار العقاري وماجد الفطيم ومجموعة لاندمارك …": in a list whose members are
 * separated by و or commas, a member that stands between two members already seen as names (known
 * mentions or other sightings) is a name of the same kind, whatever the dictionary says of its words.
 * Only members between two such names count: a list of names often ends with a common noun
 * ("… وشركات أخرى").
 */
export function listMembers(
  text: string,
  words: readonly Word[],
  facts: Facts,
  known: readonly Span[],
  seen: readonly Sighting[],
): Sighting[] {
  const out: Sighting[] = []
  const overlapping = <T extends Span>(spans: readonly T[], m: Member): T[] =>
    spans.filter((s) => s.start < words[m.last]!.end && words[m.first]!.start < s.end)
  for (let i = 0; i < words.length;) {
    const { members, next } = readList(words, facts, i)
    i = Math.max(next, i + 1)
    if (members.length < 3) continue
    // A member is a name when one name covers it whole: "بحسب بلومبرغ" holds a name but is a phrase of the sentence.
    const anchors = members.map((m) => {
      const { first, last, conjunction } = withoutKindWord(words, m)
      const start = afterLetters(text, words[first]!.start, conjunction ? 1 : 0)
      return [...known, ...seen].some((s) => s.start <= start && words[last]!.end <= s.end)
    })
    const firstAnchor = anchors.indexOf(true)
    const lastAnchor = anchors.lastIndexOf(true)
    if (firstAnchor < 0 || lastAnchor - firstAnchor < 2) continue
    // Each named member votes with its widest sighting: "مركز دبي التجاري" is an organisation, not the place inside it.
    const type = commonType(members.flatMap((m) => overlapping(seen, m).sort((a, b) => b.end - b.start - (a.end - a.start))[0]?.type ?? []))
    for (let k = firstAnchor + 1; k < lastAnchor; k++) {
      // A member joined by a comma alone may be the next clause ("…، لكسر سيطرة …"); one behind و, or a Latin name, is listed.
      if (anchors[k] || !(members[k]!.conjunction || words[members[k]!.first]!.kind === 'lat')) continue
      const m = withoutKindWord(words, members[k] as Member)
      const start = afterLetters(text, words[m.first]!.start, m.conjunction ? 1 : 0)
      const end = words[m.last]!.end
      out.push({ name: text.slice(start, end), start, end, signals: ['coordination'], type })
    }
  }
  return out
}

/** "وشركة البيت الذكي" → "البيت الذكي": a kind word is not part of the name, unless it heads an institution ("مجموعة …"). */
function withoutKindWord(words: readonly Word[], m: Member): Member {
  const w = words[m.first] as Word
  const key = m.conjunction ? w.key.slice(1) : w.key
  return m.first < m.last && ORG_CUES.has(key) && !INSTITUTION_HEADS.has(key) ? { first: m.first + 1, last: m.last, conjunction: false } : m
}

/** The list that begins at word `i`: members joined by و or a comma, until anything else. */
function readList(words: readonly Word[], facts: Facts, i: number): { members: Member[]; next: number } {
  const members: Member[] = []
  let j = i
  for (let afterComma = false; ;) {
    // After a comma, و before a short word is the conjunction too ("، وبيت …").
    const conjunction = j > i && (startsWithConjunction(words, facts, j) || (afterComma && /^و.{3}/.test(words[j]?.key ?? '')))
    let last = j - 1
    for (let k = j; k < j + MAX_MEMBER_WORDS && memberWord(words, facts, k) && (k === j || !startsWithConjunction(words, facts, k)); k++)
      last = k
    if (last < j) break
    members.push({ first: j, last, conjunction })
    j = last + 1
    afterComma = words[j]?.kind === 'punct' && '،,'.includes(words[j]!.key)
    if (afterComma) j++
    else if (!startsWithConjunction(words, facts, j)) break
  }
  return { members, next: j }
}

function memberWord(words: readonly Word[], facts: Facts, k: number): boolean {
  const w = words[k]
  if (w?.kind === 'lat' || w?.kind === 'num') return true
  const f = facts[k]
  return w?.kind === 'ar' && !!f && !f.stop && !f.title && !f.month
}

function startsWithConjunction(words: readonly Word[], facts: Facts, k: number): boolean {
  const w = words[k]
  const f = facts[k]
  return w?.kind === 'ar' && !!f && (isConjunction(w, f) || (w.key.startsWith('و') && f.prefixed))
}

function commonType(types: readonly EntityType[]): EntityType {
  const counts = new Map<EntityType, number>()
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'org'
}
