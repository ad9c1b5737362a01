import type { ArticleTies } from './types'

/** Starts an article in packed ties. */
export const ARTICLE = -1
/** Starts a paragraph in packed ties. */
export const PARAGRAPH = -2

/**
 * Ties as one Int32Array: ARTICLE, then for each paragraph PARAGRAPH and the index (in `ids`) of
 * each mention's entity. A worker receives it as one block of bytes: the same 10,000 articles as
 * arrays of strings take longer to copy across than to count.
 */
export interface PackedTies {
  ids: string[]
  data: Int32Array
}

/** Packs ties over a list of entity ids; mentions of other ids are left out. */
export function packTies(ties: readonly ArticleTies[], ids: readonly string[]): PackedTies {
  const index = new Map(ids.map((id, i) => [id, i]))
  let size = 0
  for (const t of ties) {
    size++
    for (const p of t.paragraphs) size += 1 + p.length
  }
  const data = new Int32Array(size)
  let at = 0
  for (const t of ties) {
    data[at++] = ARTICLE
    for (const p of t.paragraphs) {
      data[at++] = PARAGRAPH
      for (const id of p) {
        const i = index.get(id)
        if (i !== undefined) data[at++] = i
      }
    }
  }
  return { ids: [...ids], data: data.subarray(0, at) }
}
