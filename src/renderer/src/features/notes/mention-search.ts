import type { Entity } from '../../../../core/entities/types'
import { normalizeKey } from '../../../../core/text/normalize'

/** The label a mention of an entity carries: its Arabic name, else its Latin one. */
export const mentionLabel = (e: Entity): string => e.nameAr || e.nameLatin || e.aliases[0] || e.id

/**
 * Letters that transliterate the same foreign sound and that writers swap freely: the hard g of
 * "Zuckerberg" is غ in one paper, ج in the next, گ in a third; v is ڤ or ف, p is پ or ب. Folded
 * only for suggestions, where a loose match costs one more line in a short list, never for the
 * mention finder, where it would cost a false mark in an article.
 */
const LOOSE: Readonly<Record<string, string>> = { غ: 'ج', گ: 'ج', ڤ: 'ف', پ: 'ب', ک: 'ك', ی: 'ي' }
const loose = (key: string): string => key.replace(/[غگڤپکی]/g, (c) => LOOSE[c] ?? c)

interface Rank {
  entity: Entity
  rank: number
  label: string
}

/** 0: a name starts with the query; 1: a word of a name does; 2: a name contains it; -1: no match. */
function rankOf(names: readonly string[], query: string): number {
  let best = -1
  for (const name of names) {
    const rank = name.startsWith(query) ? 0 : name.split(' ').some((w) => w.startsWith(query)) ? 1 : name.includes(query) ? 2 : -1
    if (rank >= 0 && (best < 0 || rank < best)) best = rank
  }
  return best
}

/**
 * Entities to suggest for an @mention query, best first. Names (Arabic, Latin, aliases) and the
 * query are compared after Arabic normalisation (tashkeel and tatweel ignored, أ إ آ = ا, ة = ه,
 * Latin case-folded); a match through the transliteration folds above ranks after an exact one.
 */
export function suggestEntities(entities: readonly Entity[], query: string, limit = 8): Entity[] {
  const q = normalizeKey(query).trim()
  const ranked: Rank[] = []
  for (const entity of entities) {
    const keys = [entity.nameAr, entity.nameLatin, ...entity.aliases].filter((n) => n.length > 0).map(normalizeKey)
    let rank = q ? rankOf(keys, q) : 0
    if (rank < 0 && q) {
      const looseRank = rankOf(keys.map(loose), loose(q))
      if (looseRank >= 0) rank = 3 + looseRank
    }
    if (rank >= 0) ranked.push({ entity, rank, label: mentionLabel(entity) })
  }
  ranked.sort((a, b) => a.rank - b.rank || a.label.length - b.label.length || a.label.localeCompare(b.label, 'ar'))
  return ranked.slice(0, limit).map((r) => r.entity)
}
