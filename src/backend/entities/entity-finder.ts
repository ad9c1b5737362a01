import type { Entity, Mention, MoneyMention, Suggestion } from '../../core/entities/types'
import { MentionIndex } from '../../core/entities/mention-index'
import { findMoney } from '../../core/entities/money'
import { suggestEntities } from '../../core/entities/suggest'
import { validateName } from '../../core/entities/validate-name'

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

/** The finder of src/core/entities, behind the interface the entities service uses. */
export function createEntityFinder(): EntityFinder {
  return {
    index: (entities) => {
      const index = new MentionIndex(entities)
      return { find: (text, skip) => index.find(text, { skip }) }
    },
    money: (text) => findMoney(text),
    suggestions: (text, known, skip) => suggestEntities(text, known, { skip }),
    checkName: (name, entityId, entities) => {
      const check = validateName(name, entityId, entities)
      if (check.ok) return { ok: true }
      return check.entityId ? { ok: false, message: check.message, conflictEntityId: check.entityId } : { ok: false, message: check.message }
    },
  }
}
