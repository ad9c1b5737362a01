import { memo, type ReactNode } from 'react'
import type { AnchoredHighlight } from '../../../../core/highlights/anchored'
import { useI18n } from '../../i18n/I18nProvider'
import { BidiText } from '../../ui/BidiText'
import { HighlightList } from './HighlightList'

interface Props {
  highlights: readonly AnchoredHighlight[]
  activeId: string | null
  reattachingId: string | null
  onJump: (h: AnchoredHighlight) => void
  onReattach: (id: string | null) => void
  onDeleteOrphan: (id: string) => void
}

/**
 * The open article's highlights in reading order, then its orphans: highlights the app could not
 * place on the current text. An orphan is never dropped: its quote is shown, and the user can
 * attach it to a passage by selecting that passage.
 */
export const HighlightsPanel = memo(function HighlightsPanel({
  highlights,
  activeId,
  reattachingId,
  onJump,
  onReattach,
  onDeleteOrphan,
}: Props): ReactNode {
  const i18n = useI18n()
  const placed = highlights.filter((h) => h.anchor)
  const orphans = highlights.filter((h) => !h.anchor)
  return (
    <aside className="highlights-panel" aria-labelledby="highlights-heading">
      <h2 id="highlights-heading">
        {i18n.t('highlights.heading')} <span className="count">{i18n.formatNumber(placed.length)}</span>
      </h2>
      {placed.length === 0 ? (
        <p className="empty">{i18n.t('highlights.none')}</p>
      ) : (
        <HighlightList highlights={placed} activeId={activeId} onJump={onJump} />
      )}
      {orphans.length > 0 ? (
        <section className="orphans" aria-labelledby="orphans-heading">
          <h3 id="orphans-heading">
            {i18n.t('highlights.orphans')} <span className="count">{i18n.formatNumber(orphans.length)}</span>
          </h3>
          <p className="hint">{i18n.t('highlights.orphansHint')}</p>
          <ol className="highlight-list">
            {orphans.map((h) => (
              <li key={h.id} className="highlight-item orphan" data-highlight-id={h.id}>
                <span className={`color-dot hl-${h.color}`} aria-label={i18n.t(`color.${h.color}`)} />
                <span className="highlight-quote" dir="rtl" lang="ar">
                  <BidiText text={h.target.quote.exact} start={0} end={h.target.quote.exact.length} />
                </span>
                <span className="orphan-actions">
                  {reattachingId === h.id ? (
                    <button type="button" className="button" onClick={() => onReattach(null)}>
                      {i18n.t('highlights.cancelReattach')}
                    </button>
                  ) : (
                    <button type="button" className="button" onClick={() => onReattach(h.id)}>
                      {i18n.t('highlights.reattach')}
                    </button>
                  )}
                  <button type="button" className="button button-danger" onClick={() => onDeleteOrphan(h.id)}>
                    {i18n.t('highlight.delete')}
                  </button>
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </aside>
  )
})
