import type { BlockMarks } from './BlockText'

/**
 * The marks of one display part of a block: the highlights and mentions that reach into it. A
 * highlight's focus target goes to the part where it first appears in the block, so it stays one.
 */
export function partMarks(marks: BlockMarks | null, blockStart: number, start: number, end: number): BlockMarks | null {
  if (!marks) return null
  const ranges = marks.ranges.filter((r) => r.end > start && r.start < end)
  const spans = marks.spans.filter((s) => s.end > start && s.start < end)
  if (ranges.length === 0 && spans.length === 0) return null
  const starts = new Set(ranges.filter((r) => marks.starts.has(r.id) && Math.max(r.start, blockStart) >= start).map((r) => r.id))
  const activeId = ranges.some((r) => r.id === marks.activeId) ? marks.activeId : null
  const signature =
    ranges.map((r) => `${r.id}:${r.start}:${r.end}:${marks.colors.get(r.id)}:${starts.has(r.id)}`).join('|') +
    `#${activeId}#` +
    spans.map((m) => `${m.start}:${m.end}:${m.kind}:${m.type}:${m.entityId ?? ''}:${m.confirmed ? 1 : 0}`).join('|')
  return { ranges, spans, colors: marks.colors, starts, activeId, signature }
}
