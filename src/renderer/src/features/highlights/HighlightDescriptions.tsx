import { memo, type ReactNode } from 'react'
import type { AnchoredHighlight } from '../../../../core/highlights/anchored'
import { useI18n } from '../../i18n/I18nProvider'

/** Hidden descriptions of the highlights ("yellow highlight, comment: …"), which their marks point at with aria-describedby. */
export const HighlightDescriptions = memo(function HighlightDescriptions({ highlights }: { highlights: readonly AnchoredHighlight[] }): ReactNode {
  const i18n = useI18n()
  return (
    <div hidden>
      {highlights.map((h) => (
        <span key={h.id} id={`hl-desc-${h.id}`}>
          {h.comment
            ? i18n.t('highlight.descriptionWithComment', { color: i18n.t(`color.${h.color}`), comment: h.comment })
            : i18n.t('highlight.description', { color: i18n.t(`color.${h.color}`) })}
        </span>
      ))}
    </div>
  )
})
