import { memo, useMemo, type ReactNode } from 'react'
import type { Block } from '../../../../core/corpus/types'
import { displayCuts } from '../../../../core/text/display-parts'
import { BlockText, sameMarks, type BlockMarks } from './BlockText'
import { partMarks } from './part-marks'

/** Characters on one line at the default size: only for the placeholder height of a part not yet laid out. */
const CHARS_PER_LINE = 60

/**
 * A long paragraph drawn as consecutive parts (see core/text/display-parts): each is a block of
 * its own, with its offsets, so Chromium lays each out alone and skips those off screen
 * (content-visibility: auto in reader.css). The DOM text still equals the article text.
 */
function Parts({ text, block, marks }: { text: string; block: Block; marks: BlockMarks | null }): ReactNode {
  const edges = useMemo(() => [block.start, ...displayCuts(text, block.start, block.end), block.end], [text, block.start, block.end])
  if (edges.length === 2) return <BlockText text={text} start={block.start} end={block.end} marks={marks} />
  return edges.slice(1).map((end, i) => {
    const start = edges[i] as number
    return (
      <span
        key={start}
        className="block-part"
        data-start={start}
        data-end={end}
        style={{ containIntrinsicBlockSize: `auto ${Math.ceil((end - start) / CHARS_PER_LINE)}lh` }}
      >
        <BlockText text={text} start={start} end={end} marks={partMarks(marks, block.start, start, end)} />
      </span>
    )
  })
}

/**
 * One block of the article. Chrome (site furniture) is not rendered at all: it stays in the text
 * so offsets never move, but the reader never sees it (and so can never select it).
 */
interface BlockViewProps {
  text: string
  block: Block
  marks?: BlockMarks | null
}

export const BlockView = memo(
  function BlockView({ text, block, marks = null }: BlockViewProps): ReactNode {
    const props = { 'data-start': block.start, 'data-end': block.end, 'data-kind': block.kind, className: `block block-${block.kind}` }
    switch (block.kind) {
      case 'chrome':
        return null
      case 'title':
        return null // rendered by the article header
      case 'heading':
        return <h2 {...props}>{<BlockText text={text} start={block.start} end={block.end} marks={marks} />}</h2>
      case 'caption':
      case 'paragraph':
        return (
          <p {...props}>
            <Parts text={text} block={block} marks={marks} />
          </p>
        )
    }
  },
  (a: BlockViewProps, b: BlockViewProps) => a.text === b.text && a.block === b.block && sameMarks(a.marks, b.marks),
)
