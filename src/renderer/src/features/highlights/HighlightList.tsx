import type { ReactNode } from 'react'
import type { AnchoredHighlight } from '../../../../core/highlights/anchored'
import { useI18n } from '../../i18n/I18nProvider'
import { BidiText } from '../reader/BidiText'

interface Props {
  highlights: readonly AnchoredHighlight[]
  activeId: string | null
  onJump: (h: AnchoredHighlight) => void
  /** Shown on each item when given: e.g. the article title in the global view. */
  source?: (h: AnchoredHighlight) => ReactNode
}

/** Highlights as a list: colour, quote (Latin runs isolated), comment, and a jump to the passage. */
export function HighlightList({ highlights, activeId, onJump, source }: Props): ReactNode {
  const i18n = useI18n()
  return (
    <ol className="highlight-list">
      {highlights.map((h) => {
        const quote = h.target.quote.exact
        return (
          <li key={h.id} className={`highlight-item${h.id === activeId ? ' active' : ''}`} data-highlight-id={h.id}>
            <button type="button" className="highlight-jump" onClick={() => onJump(h)}>
              <span className={`color-dot hl-${h.color}`} aria-label={i18n.t(`color.${h.color}`)} />
              <span className="highlight-quote" dir="rtl" lang="ar">
                <BidiText text={quote} start={0} end={quote.length} />
              </span>
            </button>
            {h.comment ? (
              <p className="highlight-comment" dir="auto">
                {h.comment}
              </p>
            ) : null}
            {source ? <p className="highlight-source">{source(h)}</p> : null}
          </li>
        )
      })}
    </ol>
  )
}
