import type { EntityType } from '../types'
import { isStopWord } from '../stop-words'
import { NOT_NAMES } from './cue-words'
import type { Gathered } from './types'
import type { Signal } from './types'

/** Signals that say "a name" by themselves; an unknown word alone needs to be seen more than once. */
const STRONG: ReadonlySet<Signal> = new Set([
  'gazetteer',
  'speech-verb',
  'title-before',
  'title-after',
  'kind-word',
  'institution',
  'latin',
  'acronym',
  'given-name',
  'coordination',
  'dateline',
])

/**
 * Whether a gathered name is proposed. Strong context suffices. A name seen only as unknown words
 * must be several words, or occur twice, or in two texts: a one-off unknown word is more often a
 * typo or a rare word than a name. A definite unknown word alone ("الفنتازيا") is most often an
 * Arabised common noun: it needs context, or three sightings.
 */
export function acceptable(g: Gathered): boolean {
  const words = g.key.split(' ')
  if (words.every((w) => isStopWord(w) || NOT_NAMES.has(w))) return false
  // On the name as written: the key folds hamza, so "ألفابيت" would read as definite.
  const definiteWord = words.length === 1 && [...g.spellings.keys()].every((s) => /^ال/.test(s))
  if ([...g.signals].some((s) => STRONG.has(s) && !(definiteWord && s === 'coordination'))) return true
  if (words.length >= 2) return true
  if (definiteWord) return g.count >= 3
  return g.count >= 2 || g.texts.size >= 2
}

/** Which signal decides the type, strongest first. */
const TYPE_ORDER: readonly Signal[] = [
  'gazetteer',
  'institution',
  'title-before',
  'title-after',
  'speech-verb',
  'kind-word',
  'latin',
  'acronym',
  'given-name',
]

export function chooseType(g: Gathered): EntityType {
  const voted = mostCommon(g.types)
  if (voted) return voted
  if (TYPE_ORDER.some((s) => g.signals.has(s) && s === 'acronym')) return 'org'
  // "ويندوز 10", "أوفيس 365": a name with a version number is a product.
  if (/\s\d+(?:\.\d+)?$/.test(g.key)) return 'product'
  // Without context: a Latin run is anything; one unknown Arabic word is most often a company or brand, several a person's name.
  if (g.signals.has('latin') && !g.signals.has('unknown-word')) return 'other'
  return g.words > 1 ? 'person' : 'org'
}

function mostCommon(types: readonly EntityType[]): EntityType | undefined {
  const counts = new Map<EntityType, number>()
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
}

export function scoreOf(g: Gathered): number {
  const strong = [...g.signals].filter((s) => STRONG.has(s)).length
  return Math.log2(1 + g.count) + 2 * (g.texts.size - 1) + strong
}
