import type { Entity } from '../../../../core/entities/types'
import { normalizeKey } from '../../../../core/text/normalize'
import { dominantDirection } from '../../../../core/text/bidi'

/** The name to show for an entity: Arabic first (the reader's language), then Latin, then an alias. */
export const entityLabel = (e: Entity): string => e.nameAr || e.nameLatin || e.aliases[0] || e.id

export const namesOf = (e: Entity): string[] => [e.nameAr, e.nameLatin, ...e.aliases].filter((n) => n.length > 0)

/**
 * Entities whose names contain the query after Arabic normalisation (tashkeel ignored, أ = ا,
 * case-insensitive Latin), names that start with it first: "زوكربيرج" finds "زوكربيرغ" through its
 * alias, "meta" finds "Meta".
 */
export function searchEntities(entities: readonly Entity[], query: string, limit = 20): Entity[] {
  const q = normalizeKey(query.trim())
  if (!q) return entities.slice(0, limit)
  const scored: { e: Entity; rank: number }[] = []
  for (const e of entities) {
    const keys = namesOf(e).map(normalizeKey)
    const rank = keys.some((k) => k.startsWith(q)) ? 0 : keys.some((k) => k.includes(q)) ? 1 : -1
    if (rank >= 0) scored.push({ e, rank })
  }
  return scored.sort((a, b) => a.rank - b.rank).slice(0, limit).map((s) => s.e)
}

/** Splits a selected name into the Arabic or the Latin field of a new entity, by its script. */
export const prefillFor = (text: string): { nameAr: string; nameLatin: string } =>
  dominantDirection(text) === 'ltr' ? { nameAr: '', nameLatin: text.trim() } : { nameAr: text.trim(), nameLatin: '' }
