import type { ReactNode } from 'react'
import type { ConcordanceLine } from '../../../../shared/api'
import { MarkedText } from '../search/MarkedText'

/** One line of a concordance (words before, the match, words after) as a button that opens the article there. */
export function ConcordanceLineButton({ line, onJump }: { line: ConcordanceLine; onJump: (articleId: string, start: number, end: number) => void }): ReactNode {
  return (
    <button type="button" className="concordance-line" onClick={() => onJump(line.articleId, line.start, line.end)} dir="rtl" lang="ar">
      {/* One text with the match marked inside it: isolated in pieces, an English sentence around the match would be laid out right to left. */}
      <MarkedText
        text={line.before + line.match + line.after}
        marks={[{ start: line.before.length, end: line.before.length + line.match.length }]}
        markClassName="kwic-match"
      />
    </button>
  )
}
