import type { Entity } from '../../../../core/entities/types'
import { normalizeKey } from '../../../../core/text/normalize'
import type { NoteSummary } from '../../../../shared/api'

/**
 * Notes whose title, text or linked entities' names contain every word of the query, compared
 * after Arabic normalisation (so "زوكربيرغ" with or without tashkeel, أ or ا, finds the same notes).
 * Only the list's snippet is searched for text: the list holds summaries, not whole bodies.
 */
export function filterNotes(notes: readonly NoteSummary[], query: string, entities: ReadonlyMap<string, Entity>): NoteSummary[] {
  const words = normalizeKey(query).split(/\s+/).filter((w) => w.length > 0)
  if (words.length === 0) return [...notes]
  return notes.filter((note) => {
    const names = note.entityIds.flatMap((id) => {
      const e = entities.get(id)
      return e ? [e.nameAr, e.nameLatin, ...e.aliases] : []
    })
    const haystack = normalizeKey([note.title, note.snippet, ...names].join('\n'))
    return words.every((w) => haystack.includes(w))
  })
}
