import { memo, useEffect, useRef, useState, type ReactNode } from 'react'
import type { AnchoredHighlight } from '../../../../core/highlights/anchored'
import { useI18n } from '../../i18n/I18nProvider'
import { BidiText } from '../../ui/BidiText'

interface Props {
  highlights: readonly AnchoredHighlight[]
  activeId: string | null
  onJump: (h: AnchoredHighlight) => void
  /** Shown on each item when given: e.g. the article title in the global view. */
  source?: (h: AnchoredHighlight) => ReactNode
}

/** Items rendered at first, and added each time the end of the list scrolls into view. */
const PAGE = 60

/**
 * Highlights as a list: colour, quote (Latin runs isolated), comment, and a jump to the passage.
 * Long lists grow as they are scrolled: an article with a thousand highlights must open in well
 * under 150 ms, and a list nobody has scrolled to need not exist yet.
 */
export const HighlightList = memo(function HighlightList({ highlights, activeId, onJump, source }: Props): ReactNode {
  const i18n = useI18n()
  const [shown, setShown] = useState(PAGE)
  const sentinel = useRef<HTMLLIElement>(null)
  useEffect(() => {
    const end = sentinel.current
    if (!end) return
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setShown((n) => n + PAGE * 2)
    })
    observer.observe(end)
    return () => observer.disconnect()
  }, [shown, highlights.length])
  return (
    <ol className="highlight-list">
      {highlights.slice(0, shown).map((h) => {
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
      {shown < highlights.length ? <li ref={sentinel} className="list-more" aria-hidden="true" /> : null}
    </ol>
  )
})
