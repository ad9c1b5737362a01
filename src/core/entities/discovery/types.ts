import type { DiscoverySignal, EntityType } from '../types'

/** What made discovery notice a name: "unknown-word" (not in the Arabic dictionary), "gazetteer",
 * "speech-verb" ("وقال ديميس هسابيس"), "title-before", "title-after", "kind-word" ("شركة إنتل"),
 * "institution", "coordination" ("إنتل وكوالكوم"), "latin", "acronym" ("بي بي سي"), "given-name",
 * "dateline" ("عين اليوم – بروكسل"). */
export type Signal = DiscoverySignal

/** One place in one article where discovery saw a name. Offsets are raw text offsets. */
export interface Sighting {
  /** The name as written, without proclitics. */
  name: string
  start: number
  end: number
  signals: Signal[]
  /** The type the context says, when it says one. */
  type?: EntityType
  /** A Latin form written beside the Arabic one: "فيسبوك لايف (Facebook Live)". */
  gloss?: string
}

/** An article as discovery reads it. */
export interface DiscoveryText {
  text: string
  /** Registry mentions already found in it: never suggested again. */
  known: readonly { start: number; end: number }[]
  /** Raw ranges to leave out (page furniture). */
  skip?: readonly { start: number; end: number }[]
}

/** A name discovery proposes, with every place it occurs. */
export interface DiscoveredName {
  /** The name as it is best written (the most frequent spelling). */
  name: string
  type: EntityType
  /** Why it is proposed, strongest first. */
  signals: Signal[]
  /** Other spellings and the Latin gloss, to become aliases when the user accepts. */
  aliases: string[]
  /** Higher is surer: occurrences, articles and signals together. */
  score: number
  /** Number of texts it occurs in. */
  articles: number
  occurrences: { text: number; start: number; end: number }[]
  /**
   * Probably a name already known, spelled another way ("يان لكون" for the registry's "يان ليكون"),
   * or another proposed name in the other script ("Alexandr Wang" beside "ألكسندر وانغ"): the user
   * confirms, and the spelling becomes an alias.
   */
  sameAs?: { entityId: string; name: string } | { name: string }
}

/** Everything seen of one name across the texts. */
export interface Gathered {
  key: string
  spellings: Map<string, number>
  glosses: Set<string>
  signals: Set<Signal>
  types: EntityType[]
  count: number
  texts: Set<number>
  words: number
  /** Where it was seen: each also an occurrence, where the matcher does not reach ("ودبي"). */
  seen: { text: number; start: number; end: number }[]
}
