import { splitBidiRuns } from '../text/bidi'

export interface HighlightRange {
  id: string
  start: number
  end: number
}

/** A piece of text covered by the same highlights, outermost first (earlier start, then longer). */
export interface Segment {
  start: number
  end: number
  highlightIds: string[]
  /** Index into the `spans` given to layoutBlock (an entity mention), when the segment is inside one. */
  span?: number
}

/** Non-overlapping spans drawn under the highlights (entity mentions). */
export interface Span {
  start: number
  end: number
}

/** A bidi run of a block (Latin runs are isolated) cut into segments at highlight boundaries. */
export interface Run {
  start: number
  end: number
  isolate: boolean
  segments: Segment[]
}

/**
 * Lays out one block for rendering highlights as wrappers built from offsets: the text is cut at
 * every highlight boundary, never changed, so the DOM text stays equal to the article text and
 * overlapping highlights nest (each stays visible and clickable). Latin runs stay whole inside
 * their isolate, with the cuts inside them.
 */
export function layoutBlock(text: string, start: number, end: number, ranges: readonly HighlightRange[], spans: readonly Span[] = []): Run[] {
  const inside = ranges
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({ id: r.id, start: Math.max(r.start, start), end: Math.min(r.end, end) }))
    .sort((a, b) => a.start - b.start || b.end - a.end)
  return splitBidiRuns(text, start, end).map((run) => ({ ...run, segments: cut(run.start, run.end, inside, spans) }))
}

function cut(start: number, end: number, ranges: readonly HighlightRange[], spans: readonly Span[]): Segment[] {
  const covering = ranges.filter((r) => r.end > start && r.start < end)
  const under = spans.map((s, index) => ({ ...s, index })).filter((s) => s.end > start && s.start < end)
  if (covering.length === 0 && under.length === 0) return [{ start, end, highlightIds: [] }]
  const points = new Set<number>([start, end])
  for (const r of [...covering, ...under]) {
    if (r.start > start) points.add(r.start)
    if (r.end < end) points.add(r.end)
  }
  const sorted = [...points].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i] as number
    const b = sorted[i + 1] as number
    const segment: Segment = { start: a, end: b, highlightIds: covering.filter((r) => r.start <= a && r.end >= b).map((r) => r.id) }
    const span = under.find((s) => s.start <= a && s.end >= b)
    if (span) segment.span = span.index
    segments.push(segment)
  }
  return segments
}
