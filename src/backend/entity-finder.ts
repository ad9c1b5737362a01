import type { Entity, Mention, MoneyMention, Suggestion } from '../core/entities/types'

/** A span of text the finder must not look into (hidden chrome). */
export interface Span {
  start: number
  end: number
}

/** What the entities service needs from the mention finder (src/core/entities). */
export interface EntityFinder {
  /** Builds (or reuses) the index of the registry's names. */
  index(entities: readonly Entity[]): { find(text: string, skip: readonly Span[]): Mention[] }
  money(text: string): MoneyMention[]
  suggestions(text: string, known: readonly Mention[], skip: readonly Span[]): Suggestion[]
  /** Checks a name for an entity: refuses empty, one-letter, stop words and names of another entity. */
  checkName(name: string, entityId: string | null, entities: readonly Entity[]): { ok: true } | { ok: false; message: string; conflictEntityId?: string }
}
