import type { Article } from '../core/corpus/types'
import type { Entity } from '../core/entities/types'
import { normalizeKey } from '../core/text/normalize'
import { UsageError } from './args'

const key = (s: string): string => normalizeKey(s.trim()).toLowerCase()

/**
 * An entity by id, else by any of its names compared on normalised text (أ/ا, ة/ه, tashkeel and case
 * ignored): "زوكربيرج", "Zuckerberg" and "mark-zuckerberg" all find Mark Zuckerberg.
 */
export function findEntity(entities: readonly Entity[], query: string): Entity {
  const byId = entities.find((e) => e.id === query)
  if (byId) return byId
  const wanted = key(query)
  const matches = entities.filter((e) => [e.nameAr, e.nameLatin, ...e.aliases].some((n) => n.trim() && key(n) === wanted))
  if (matches.length === 1) return matches[0] as Entity
  if (matches.length > 1) throw new UsageError(`"${query}" names ${matches.length} entities (${matches.map((e) => e.id).join(', ')}); give the id.`)
  throw new UsageError(`No entity "${query}" (see: list entities).`)
}

/** An article by id or by its file name. */
export function findArticle(articles: readonly Article[], query: string): Article {
  const found = articles.find((a) => a.id === query || a.meta.sourceFile === query)
  if (!found) throw new UsageError(`No article "${query}" (see: list articles).`)
  return found
}
