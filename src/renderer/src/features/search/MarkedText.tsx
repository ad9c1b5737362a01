import type { ReactNode } from 'react'
import { layoutBlock, type HighlightRange } from '../../../../core/highlights/segments'
import type { Span } from '../../../../shared/library-api'

/** The marks in order, without one that overlaps the mark before it or runs past the text. */
function usable(text: string, marks: readonly Span[]): HighlightRange[] {
  const kept: HighlightRange[] = []
  for (const m of [...marks].sort((a, b) => a.start - b.start)) {
    if (m.start < (kept.at(-1)?.end ?? 0) || m.end > text.length) continue
    kept.push({ id: String(kept.length), start: m.start, end: m.end })
  }
  return kept
}

/**
 * Text with its matched words in <mark>, at the offsets the backend found through the normalisation
 * map (never re-found here by string search). Latin runs are isolated as in the reader, over the
 * whole text: a match inside an English sentence is marked inside the sentence's one isolate, which
 * cut into pieces would be laid out right to left.
 */
export function MarkedText({ text, marks, markClassName = 'search-mark' }: { text: string; marks: readonly Span[]; markClassName?: string }): ReactNode {
  return layoutBlock(text, 0, text.length, usable(text, marks)).map((run) => {
    const content = run.segments.map((s) =>
      s.highlightIds.length > 0 ? (
        <mark key={s.start} className={markClassName}>
          {text.slice(s.start, s.end)}
        </mark>
      ) : (
        text.slice(s.start, s.end)
      ),
    )
    return run.isolate ? (
      <bdi key={run.start} dir="ltr">
        {content}
      </bdi>
    ) : (
      <span key={run.start}>{content}</span>
    )
  })
}
