import { hashRange } from './hash'
import { parseName } from './name-form'
import type { Entity } from './types'

/** One name of one entity, ready for the scanner. */
export interface CompiledName {
  entityId: string
  tokens: readonly string[]
  gaps: readonly string[]
  /** Length of the key: candidates are tried longest first, so "Llama 4" beats "Llama". */
  length: number
  caseSensitive: boolean
  /**
   * A one-token name that is the last token of a longer name of the same entity ("ألتمان" of
   * "سام ألتمان"): a surname standing alone, attributed only when no other given name precedes it.
   */
  surname: boolean
  /** First tokens of the entity's own multi-token names ("سام", "sam"): its given names. */
  givenNames: ReadonlySet<string>
  /** Hash of the first token: the scanner's lookup key. */
  firstHash: number
}

/** The names an entity is matched by. Money entities are matched by value (see findMoney), not by wording. */
export function namesOf(entity: Entity): string[] {
  if (entity.type === 'money') return []
  return [entity.nameAr, entity.nameLatin, ...entity.aliases].filter((n) => n.trim().length > 0)
}

export function compileNames(entity: Entity): CompiledName[] {
  const forms = namesOf(entity)
    .map(parseName)
    .filter((f) => f.tokens.length > 0)
  const seen = new Set<string>()
  const unique = forms.filter((f) => {
    const id = `${f.caseSensitive ? 'A' : 'a'}${f.key}`
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
  const multi = unique.filter((f) => f.tokens.length > 1)
  const lastTokens = new Set(multi.map((f) => f.tokens[f.tokens.length - 1] as string))
  const givenNames = new Set(multi.map((f) => f.tokens[0] as string))
  return unique.map((f) => {
    const first = f.tokens[0] as string
    return {
      entityId: entity.id,
      tokens: f.tokens,
      gaps: f.gaps,
      length: f.key.length,
      caseSensitive: f.caseSensitive,
      surname: f.tokens.length === 1 && lastTokens.has(first),
      givenNames,
      firstHash: hashRange(first, 0, first.length),
    }
  })
}
