import type { ReactNode } from 'react'
import type { Span } from '../../../../shared/library-api'
import { BidiText } from '../../ui/BidiText'

/**
 * Text with its matched words in <mark>, at the offsets the backend found through the normalisation
 * map (never re-found here by string search). Latin runs are isolated as in the reader.
 */
export function MarkedText({ text, marks }: { text: string; marks: readonly Span[] }): ReactNode {
  const parts: ReactNode[] = []
  let at = 0
  for (const m of [...marks].sort((a, b) => a.start - b.start)) {
    if (m.start < at || m.end > text.length) continue
    if (m.start > at) parts.push(<BidiText key={`t${at}`} text={text} start={at} end={m.start} />)
    parts.push(
      <mark key={`m${m.start}`} className="search-mark">
        <BidiText text={text} start={m.start} end={m.end} />
      </mark>,
    )
    at = m.end
  }
  if (at < text.length) parts.push(<BidiText key={`t${at}`} text={text} start={at} end={text.length} />)
  return parts
}
