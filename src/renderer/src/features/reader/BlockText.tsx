import { memo, type CSSProperties, type ReactNode } from 'react'
import type { EntityType } from '../../../../core/entities/types'
import { layoutBlock, type HighlightRange, type Segment } from '../../../../core/highlights/segments'
import type { HighlightColor } from '../../../../core/store/annotations'
import { BidiText } from '../../ui/BidiText'

/** An entity mention (or an amount of money, or a suggestion) drawn as an underline. */
export interface MentionSpan {
  start: number
  end: number
  kind: 'entity' | 'money' | 'suggestion'
  type: EntityType
  entityId?: string
  confirmed?: boolean
}

/** What is drawn inside one block: highlights (ranges, colours, focus targets) and mentions. */
export interface BlockMarks {
  ranges: HighlightRange[]
  spans: MentionSpan[]
  colors: ReadonlyMap<string, HighlightColor>
  /** Ids whose first wrapper is in this block: that wrapper is the highlight's focus target. */
  starts: ReadonlySet<string>
  activeId: string | null
  /** Everything above as one string: equal signatures draw the same marks. */
  signature: string
}

/** Props are equal for drawing when text, span and marks' signature are. */
export const sameMarks = (a: BlockMarks | null | undefined, b: BlockMarks | null | undefined): boolean => (a?.signature ?? '') === (b?.signature ?? '')

/**
 * Overlaps are drawn as one flat colour on one element, not as nested elements (a thousand
 * overlapping highlights stay one element per segment; nesting made thirteen thousand) and not as
 * stacked gradient layers (Chromium paints each gradient as an image: with 1,000 highlights that
 * was 180 ms of paint per frame). The CSS mixes the innermost colour with the one under it and
 * deepens it with the number of highlights covering the segment (.hl-over, .hl-depth-N).
 */
function overlap(ids: readonly string[], colors: BlockMarks['colors']): { className: string; style?: CSSProperties } {
  if (ids.length < 2) return { className: '' }
  const under = colors.get(ids[ids.length - 2] as string) ?? 'yellow'
  return { className: ` hl-over hl-depth-${Math.min(ids.length, 4)}`, style: { '--hl-under': `var(--hl-${under})` } as CSSProperties }
}

/**
 * One segment: plain text, or one <mark> naming every highlight that covers it (innermost last).
 * The first segment of a highlight carries its focus target (tabbable, described for screen
 * readers); when two highlights start on the same segment, the others get an empty anchor before it.
 */
/** The text of a segment, underlined when it belongs to a mention (inside the highlight, if any). */
function mentioned(text: string, segment: Segment, marks: BlockMarks): ReactNode {
  const content = text.slice(segment.start, segment.end)
  const span = segment.span === undefined ? undefined : marks.spans[segment.span]
  if (!span) return content
  const first = span.start === segment.start
  return (
    <span
      className={`ent ent-${span.kind} ent-${span.type}${span.confirmed ? ' ent-confirmed' : ''}`}
      data-entity-id={span.entityId}
      data-mention-start={span.start}
      data-mention-end={span.end}
      data-mention-kind={span.kind}
      {...(first ? { tabIndex: -1, 'data-mention-target': '' } : {})}
    >
      {content}
    </span>
  )
}

function marked(text: string, segment: Segment, marks: BlockMarks, focused: Set<string>): ReactNode {
  const content = mentioned(text, segment, marks)
  const ids = segment.highlightIds
  if (ids.length === 0) return <span key={segment.start}>{content}</span>
  const starting = ids.filter((id) => marks.starts.has(id) && !focused.has(id))
  starting.forEach((id) => focused.add(id))
  const [own, ...others] = [...starting].reverse()
  const top = ids[ids.length - 1] as string
  const anchors = others.map((id) => (
    <span key={`a:${id}`} className="hl-anchor" data-focus-target="" data-focus-id={id} tabIndex={0} aria-describedby={`hl-desc-${id}`} />
  ))
  const layered = overlap(ids, marks.colors)
  return [
    ...anchors,
    <mark
      key={segment.start}
      className={`hl hl-${marks.colors.get(top) ?? 'yellow'}${layered.className}${ids.includes(marks.activeId ?? '') ? ' hl-active' : ''}`}
      style={layered.style}
      data-highlight-id={top}
      data-highlight-ids={ids.join(' ')}
      {...(own ? { tabIndex: 0, 'aria-describedby': `hl-desc-${own}`, 'data-focus-target': '', 'data-focus-id': own } : {})}
    >
      {content}
    </mark>,
  ]
}

interface BlockTextProps {
  text: string
  start: number
  end: number
  marks: BlockMarks | null
}

/**
 * Text of one block with its Latin runs isolated and its highlights drawn as wrappers built from
 * offsets. The text itself is never changed: wrappers add elements, not characters.
 */
export const BlockText = memo(
  function BlockText({ text, start, end, marks }: BlockTextProps): ReactNode {
    if (!marks || (marks.ranges.length === 0 && marks.spans.length === 0)) return <BidiText text={text} start={start} end={end} />
    const focused = new Set<string>()
    return layoutBlock(text, start, end, marks.ranges, marks.spans).map((run) => {
      const content = run.segments.map((segment) => marked(text, segment, marks, focused))
      return run.isolate ? (
        <bdi key={run.start} dir="ltr">
          {content}
        </bdi>
      ) : (
        <span key={run.start}>{content}</span>
      )
    })
  },
  (a: BlockTextProps, b: BlockTextProps) => a.text === b.text && a.start === b.start && a.end === b.end && sameMarks(a.marks, b.marks),
)
