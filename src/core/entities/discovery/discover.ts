import { namesOf } from '../compile-names'
import { MentionIndex } from '../mention-index'
import { nameKey } from '../name-form'
import type { Span } from '../readable-segments'
import type { Entity } from '../types'
import { lexWords } from '../words'
import { acceptable, chooseType, scoreOf } from './judge'
import { isWordInAnySpelling, knowsAnySpelling, type Lexicon } from './lexicon'
import { sightingsIn } from './scan-article'
import { afterLetters } from './word-facts'
import { soundSkeleton } from './sound-skeleton'
import { withSurnameMentions } from './surname-mentions'
import type { DiscoveredName, DiscoveryText, Gathered, Sighting } from './types'

export interface DiscoverOptions {
  lexicon: Lexicon
  /** Names the registry already has (they tell which bare forms are attested). */
  registryNames?: readonly string[]
  /** Normalised names the user chose to ignore: never proposed again. */
  ignored?: ReadonlySet<string>
  /** The registry's entities, to say which proposed names are probably one of them spelled otherwise. */
  registry?: readonly Entity[]
}

/**
 * Names the registry does not know, found in `texts` together: each text's signals (unknown words,
 * cues, gazetteer, Latin runs) give sightings; sightings of one name are gathered across the texts,
 * judged (a one-off unknown word is a typo, not a name), typed, and then found again everywhere they
 * occur with the registry's own matcher, so an accepted name marks exactly what was proposed.
 */
export function discoverNames(texts: readonly DiscoveryText[], options: DiscoverOptions): DiscoveredName[] {
  const attested = attestedWords(texts, options.registryNames ?? [])
  const sighted = texts.map((doc) => sightingsIn(doc, { lexicon: options.lexicon, attested }))
  const gathered = new Map<string, Gathered>()
  withoutProclitics(sighted, texts).forEach((sightings, t) => {
    for (const s of sightings) gather(gathered, s, t)
  })
  foldGlosses(gathered)
  const accepted = [...gathered.values()].filter((g) => acceptable(g) && !options.ignored?.has(g.key))
  const kept = withoutParts(accepted)
  const found = withOccurrences(
    kept.map((g) => toName(g, options.lexicon)),
    kept,
    texts,
    options.lexicon,
  ).filter((n) => n.occurrences.length > 0)
  return markSameNames(withSurnameMentions(found, texts), options.registry ?? []).sort(
    (a, b) => b.score - a.score || a.name.localeCompare(b.name),
  )
}

/**
 * Marks each proposed name that sounds like a registry entity's name, or (a Latin one) like an
 * Arabic proposal. Skeletons are looked up, not compared pairwise: a library proposes thousands of
 * names against hundreds of entities.
 */
export function markSameNames(names: DiscoveredName[], registry: readonly Entity[]): DiscoveredName[] {
  const known = new Map<string, Entity>()
  for (const e of registry)
    for (const name of namesOf(e)) if (sayable(name) && !known.has(soundSkeleton(name))) known.set(soundSkeleton(name), e)
  const arabic = new Map<string, string>()
  for (const n of names) if (!/[a-z]/i.test(n.name) && sayable(n.name)) arabic.set(soundSkeleton(n.name), n.name)
  for (const n of names) {
    if (!sayable(n.name)) continue
    const skeleton = soundSkeleton(n.name)
    const entity = known.get(skeleton)
    if (entity) n.sameAs = { entityId: entity.id, name: entity.nameAr || entity.nameLatin }
    // The Latin one points at the Arabic one: the entity is named in the language of the text.
    else if (/[a-z]/i.test(n.name) && arabic.has(skeleton)) n.sameAs = { name: arabic.get(skeleton) as string }
  }
  return names
}

/** Three consonants at least: fewer say too little to tell two names are one ("جوجل" / "غوغل"). */
const sayable = (name: string): boolean => soundSkeleton(name).replace(/ /g, '').length >= 3

function attestedWords(texts: readonly DiscoveryText[], registryNames: readonly string[]): Set<string> {
  const attested = new Set<string>()
  for (const { text } of texts) for (const w of lexWords(text)) if (w.kind === 'ar') attested.add(w.key)
  for (const name of registryNames) for (const w of lexWords(name)) if (w.kind === 'ar') attested.add(w.key)
  return attested
}

/**
 * "لفيس بوك" where "فيس بوك" is seen as a name too: a name of several words seen elsewhere without
 * the proclitic attests its bare form (word-facts.ts attests single words the same way), so the
 * letter is left out rather than proposing the name twice.
 */
function withoutProclitics(sighted: Sighting[][], texts: readonly DiscoveryText[]): Sighting[][] {
  const several = new Set(sighted.flat().flatMap((s) => (s.name.includes(' ') ? [nameKey(s.name)] : [])))
  return sighted.map((sightings, t) =>
    sightings.map((s) => {
      if (!/^[وفبلك]/.test(s.name) || !s.name.includes(' ')) return s
      const text = texts[t]!.text
      const key = nameKey(s.name)
      if (!several.has(key.slice(1)) || text.slice(s.start, s.end) !== s.name) return s
      const start = afterLetters(text, s.start, 1)
      return { ...s, name: text.slice(start, s.end), start }
    }),
  )
}

function gather(into: Map<string, Gathered>, s: Sighting, text: number): void {
  const key = nameKey(s.name)
  if (!key) return
  let g = into.get(key)
  if (!g) {
    g = {
      key,
      spellings: new Map(),
      glosses: new Set(),
      signals: new Set(),
      types: [],
      count: 0,
      texts: new Set(),
      words: key.split(' ').length,
      seen: [],
    }
    into.set(key, g)
  }
  g.spellings.set(s.name, (g.spellings.get(s.name) ?? 0) + 1)
  if (s.gloss) g.glosses.add(s.gloss)
  for (const signal of s.signals) g.signals.add(signal)
  if (s.type) g.types.push(s.type)
  g.count++
  g.texts.add(text)
  g.seen.push({ text, start: s.start, end: s.end })
}

/** A Latin run that glosses an Arabic name ("Facebook Live" beside "فيسبوك لايف") is that name, not another. */
function foldGlosses(gathered: Map<string, Gathered>): void {
  for (const g of gathered.values()) {
    for (const gloss of g.glosses) {
      const latin = gathered.get(nameKey(gloss))
      if (!latin || latin === g) continue
      for (const signal of latin.signals) g.signals.add(signal)
      for (const t of latin.texts) g.texts.add(t)
      gathered.delete(latin.key)
    }
  }
}

/**
 * A one-word name that is the last word of a proposed person is that person's surname
 * ("هسابيس" of "ديميس هسابيس"), and the first word alone is their given name: neither is proposed
 * on its own.
 */
function withoutParts(accepted: Gathered[]): Gathered[] {
  const people = accepted.filter((g) => g.words > 1 && chooseType(g) === 'person')
  const parts = new Set(
    people.flatMap((p) => {
      const w = p.key.split(' ')
      return [w[0], w[w.length - 1]]
    }),
  )
  return accepted.filter((g) => g.words > 1 || !parts.has(g.key))
}

function toName(g: Gathered, lexicon: Lexicon): DiscoveredName {
  const spellings = [...g.spellings].sort((a, b) => b[1] - a[1]).map(([s]) => s)
  const type = chooseType(g)
  const name = spellings[0] as string
  const words = name.split(/\s+/)
  // The surname alone marks the person too ("هسابيس"), unless it is also a word: "راي" would mark every "رأي".
  const last = words[words.length - 1] as string
  const surname =
    type === 'person' && words.length > 1 && /^[\u0621-\u064a]{3,}$/.test(last) && !isWordInAnySpelling(lexicon, last) ? [last] : []
  return {
    name,
    type,
    signals: [...g.signals],
    aliases: [...new Set([...spellings.slice(1), ...g.glosses, ...surname])],
    score: scoreOf(g),
    articles: g.texts.size,
    occurrences: [],
  }
}

/**
 * Where each name occurs, found by the registry's matcher (proclitics, spellings, surnames), never
 * inside or across a known mention; a proposed name may contain one ("Google Play" around "Google").
 * Where a name was seen but the matcher does not reach — a three-letter name behind و ("ودبي"),
 * which the matcher leaves whole so as not to read "وسام" as و + "سام" — the sighting counts too.
 */
function withOccurrences(
  names: DiscoveredName[],
  gathered: readonly Gathered[],
  texts: readonly DiscoveryText[],
  lexicon: Lexicon,
): DiscoveredName[] {
  // A bare one-word name that is also a word of the language ("كريم", a company and "generous") is
  // marked only where it was seen as a name, not wherever the word occurs.
  const wordToo = (n: DiscoveredName): boolean => !n.name.includes(' ') && !n.name.startsWith('ال') && knowsAnySpelling(lexicon, n.name)
  const index = new MentionIndex(names.flatMap((n, i) => (wordToo(n) ? [] : [asEntity(n, i)])))
  texts.forEach((doc, t) => {
    const taken: Span[] = []
    for (const m of index.find(doc.text, { skip: doc.skip ?? [] })) {
      if (doc.known.some((k) => overlapsWithoutContaining(m, k))) continue
      names[Number(m.entityId)]?.occurrences.push({ text: t, start: m.start, end: m.end })
      taken.push(m)
    }
    gathered.forEach((g, i) => {
      for (const s of g.seen) {
        if (s.text !== t || taken.some((m) => m.start < s.end && s.start < m.end) || doc.known.some((k) => overlapsWithoutContaining(s, k)))
          continue
        names[i]?.occurrences.push(s)
        taken.push(s)
      }
    })
  })
  for (const n of names) {
    n.occurrences.sort((a, b) => a.text - b.text || a.start - b.start)
    n.articles = new Set(n.occurrences.map((o) => o.text)).size
  }
  return names
}

const overlapsWithoutContaining = (m: Span, k: Span): boolean =>
  m.start < k.end && k.start < m.end && !(m.start <= k.start && k.end <= m.end && m.end - m.start > k.end - k.start)

const asEntity = (n: DiscoveredName, i: number): Entity => ({
  id: String(i),
  type: n.type,
  nameAr: n.name,
  nameLatin: '',
  aliases: n.aliases,
  description: '',
  createdAt: '',
  updatedAt: '',
})
