import { memo, type ReactNode } from 'react'
import type { Block } from '../../../../core/corpus/types'
import { BlockText, sameMarks, type BlockMarks } from './BlockText'

/**
 * One block of the article. Chrome (site furniture) is not rendered at all: it stays in the text
 * so offsets never move, but the reader never sees it (and so can never select it).
 */
interface BlockViewProps {
  text: string
  block: Block
  marks?: BlockMarks | null
}

export const BlockView = memo(function BlockView({ text, block, marks = null }: BlockViewProps): ReactNode {
  const props = { 'data-start': block.start, 'data-end': block.end, 'data-kind': block.kind, className: `block block-${block.kind}` }
  const content = <BlockText text={text} start={block.start} end={block.end} marks={marks} />
  switch (block.kind) {
    case 'chrome':
      return null
    case 'title':
      return null // rendered by the article header
    case 'heading':
      return <h2 {...props}>{content}</h2>
    case 'caption':
    case 'paragraph':
      return <p {...props}>{content}</p>
  }
}, (a: BlockViewProps, b: BlockViewProps) => a.text === b.text && a.block === b.block && sameMarks(a.marks, b.marks))
