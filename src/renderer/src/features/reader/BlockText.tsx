import { memo, type ReactNode } from 'react'
import { layoutBlock, type HighlightRange, type Segment } from '../../../../core/highlights/segments'
import type { HighlightColor } from '../../../../core/store/annotations'
import { BidiText } from './BidiText'

/** How highlights look inside one block: ranges, colours, and which id starts in this block. */
export interface BlockMarks {
  ranges: HighlightRange[]
  colors: ReadonlyMap<string, HighlightColor>
  /** Ids whose first wrapper is in this block: that wrapper is the highlight's focus target. */
  starts: ReadonlySet<string>
  activeId: string | null
  /** Everything above as one string: equal signatures draw the same marks. */
  signature: string
}

/** Props are equal for drawing when text, span and marks' signature are. */
export const sameMarks = (a: BlockMarks | null | undefined, b: BlockMarks | null | undefined): boolean => (a?.signature ?? '') === (b?.signature ?? '')

/** Wraps a segment in one <mark> per covering highlight, outermost first: overlaps nest and both show. */
function marked(text: string, segment: Segment, marks: BlockMarks, seen: Set<string>): ReactNode {
  let node: ReactNode = text.slice(segment.start, segment.end)
  for (const id of [...segment.highlightIds].reverse()) {
    const focusTarget = marks.starts.has(id) && !seen.has(id)
    if (focusTarget) seen.add(id)
    node = (
      <mark
        key={`${id}:${segment.start}`}
        className={`hl hl-${marks.colors.get(id) ?? 'yellow'}${marks.activeId === id ? ' hl-active' : ''}`}
        data-highlight-id={id}
        {...(focusTarget ? { tabIndex: 0, 'aria-describedby': `hl-desc-${id}`, 'data-focus-target': '' } : {})}
      >
        {node}
      </mark>
    )
  }
  return segment.highlightIds.length ? node : <span key={segment.start}>{node}</span>
}

/**
 * Text of one block with its Latin runs isolated and its highlights drawn as wrappers built from
 * offsets. The text itself is never changed: wrappers add elements, not characters.
 */
interface BlockTextProps {
  text: string
  start: number
  end: number
  marks: BlockMarks | null
}

export const BlockText = memo(function BlockText({ text, start, end, marks }: BlockTextProps): ReactNode {
  if (!marks || marks.ranges.length === 0) return <BidiText text={text} start={start} end={end} />
  const seen = new Set<string>()
  return layoutBlock(text, start, end, marks.ranges).map((run) => {
    const content = run.segments.map((segment) => marked(text, segment, marks, seen))
    return run.isolate ? (
      <bdi key={run.start} dir="ltr">
        {content}
      </bdi>
    ) : (
      <span key={run.start}>{content}</span>
    )
  })
}, (a: BlockTextProps, b: BlockTextProps) => a.text === b.text && a.start === b.start && a.end === b.end && sameMarks(a.marks, b.marks))
