import type { ReactNode } from 'react'
import type { Block } from '../../../../core/corpus/types'
import { BidiText } from './BidiText'

/**
 * One block of the article. Chrome (site furniture) is not rendered at all: it stays in the text
 * so offsets never move, but the reader never sees it.
 */
export function BlockView({ text, block }: { text: string; block: Block }): ReactNode {
  const props = { 'data-start': block.start, 'data-end': block.end, 'data-kind': block.kind, className: `block block-${block.kind}` }
  const content = <BidiText text={text} start={block.start} end={block.end} />
  switch (block.kind) {
    case 'chrome':
      return null
    case 'title':
      return null // rendered by the article header
    case 'heading':
      return <h2 {...props}>{content}</h2>
    case 'caption':
      return <p {...props}>{content}</p>
    case 'paragraph':
      return <p {...props}>{content}</p>
  }
}
