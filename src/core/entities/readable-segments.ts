import { rawOffset } from '../text/offsets'
import { toNormOffset, type NormalizedText } from '../text/normalize'

export interface Span {
  start: number
  end: number
}

/**
 * The normalised ranges left after removing `skip` (raw ranges, e.g. chrome blocks). A skipped
 * range is also a word boundary: a caption glued to its duplicate ("زوكربيرغالعلاقة" in seed 003,
 * where the readable caption ends and the hidden copy begins) still ends a name at the seam.
 */
export function readableSegments(norm: NormalizedText, skip: readonly Span[] | undefined): Span[] {
  const length = norm.text.length
  if (!skip || skip.length === 0) return [{ start: 0, end: length }]
  const holes = skip
    .filter((r) => r.end > r.start)
    .map((r) => ({ start: toNormOffset(norm, rawOffset(r.start)) as number, end: toNormOffset(norm, rawOffset(r.end)) as number }))
    .sort((a, b) => a.start - b.start)
  const segments: Span[] = []
  let cursor = 0
  for (const hole of holes) {
    if (hole.start > cursor) segments.push({ start: cursor, end: hole.start })
    cursor = Math.max(cursor, hole.end)
  }
  if (cursor < length) segments.push({ start: cursor, end: length })
  return segments
}

/** True when raw range [start, end) overlaps any of `spans`. */
export const overlapsAny = (start: number, end: number, spans: readonly Span[]): boolean =>
  spans.some((r) => start < r.end && r.start < end)
