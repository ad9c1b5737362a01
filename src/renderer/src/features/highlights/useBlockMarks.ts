import { useMemo } from 'react'
import type { Block } from '../../../../core/corpus/types'
import type { AnchoredHighlight } from '../../../../core/highlights/anchored'
import type { BlockMarks, MentionSpan } from '../reader/BlockText'

/**
 * Splits the article's placed highlights by block. Each BlockMarks carries a signature of what it
 * draws; BlockView skips re-rendering when the signature is unchanged, so adding one highlight
 * re-renders one block, not the article (this keeps a new highlight fast with thousands on the page).
 */
export function useBlockMarks(
  blocks: readonly Block[],
  highlights: readonly AnchoredHighlight[],
  activeId: string | null,
  mentions: readonly MentionSpan[] = [],
): ReadonlyMap<number, BlockMarks | null> {
  return useMemo(() => {
    const placed = highlights.filter((h) => h.anchor !== null).sort((a, b) => (a.anchor?.start ?? 0) - (b.anchor?.start ?? 0))
    const firstBlockOf = new Map<string, number>()
    const result = new Map<number, BlockMarks | null>()
    let from = 0
    for (const block of blocks) {
      if (block.kind === 'chrome') continue
      while (from < placed.length && (placed[from]?.anchor?.end ?? 0) <= block.start) from++
      const inside: AnchoredHighlight[] = []
      for (let i = from; i < placed.length && (placed[i]?.anchor?.start ?? Infinity) < block.end; i++) {
        const h = placed[i] as AnchoredHighlight
        if ((h.anchor?.end ?? 0) > block.start) inside.push(h)
      }
      const spans = mentions.filter((m) => m.start >= block.start && m.end <= block.end)
      if (inside.length === 0 && spans.length === 0) {
        result.set(block.start, null)
        continue
      }
      for (const h of inside) if (!firstBlockOf.has(h.id)) firstBlockOf.set(h.id, block.start)
      const starts = new Set(inside.filter((h) => firstBlockOf.get(h.id) === block.start).map((h) => h.id))
      const active = inside.some((h) => h.id === activeId) ? activeId : null
      result.set(block.start, {
        ranges: inside.map((h) => ({ id: h.id, start: h.anchor?.start ?? 0, end: h.anchor?.end ?? 0 })),
        colors: new Map(inside.map((h) => [h.id, h.color])),
        starts,
        activeId: active,
        spans,
        signature:
          inside.map((h) => `${h.id}:${h.anchor?.start}:${h.anchor?.end}:${h.color}:${starts.has(h.id)}`).join('|') +
          `#${active}#` +
          spans.map((m) => `${m.start}:${m.end}:${m.kind}:${m.type}:${m.entityId ?? ''}:${m.confirmed ? 1 : 0}`).join('|'),
      })
    }
    return result
  }, [blocks, highlights, activeId, mentions])
}
