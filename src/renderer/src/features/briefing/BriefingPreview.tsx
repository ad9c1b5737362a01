import type { MouseEvent, ReactNode } from 'react'
import { parseDeepLink, type PassageLink } from '../../../../core/briefing/deep-link'
import { useI18n } from '../../i18n/I18nProvider'
import { PREVIEW_ID_PREFIX } from './render-preview'

interface Props {
  /** Sanitised HTML (render-preview.ts). */
  html: string
  dir: 'rtl' | 'ltr'
  onOpenLink: (link: PassageLink) => void
}

/**
 * The briefing as it will read, inside the app. Citations (daftar:// links) open their passage;
 * links to sections scroll the preview; web links open outside the app (new window, confirmed).
 */
export function BriefingPreview({ html, dir, onOpenLink }: Props): ReactNode {
  const i18n = useI18n()
  const onClick = (event: MouseEvent<HTMLDivElement>): void => {
    const anchor = (event.target as Element).closest('a')
    const href = anchor?.getAttribute('href') ?? ''
    if (href.startsWith('#')) {
      event.preventDefault()
      event.currentTarget.ownerDocument.getElementById(`${PREVIEW_ID_PREFIX}${href.slice(1)}`)?.scrollIntoView({ block: 'start' })
      return
    }
    if (!/^daftar:/i.test(href)) return
    event.preventDefault()
    const link = parseDeepLink(href)
    if (link) onOpenLink(link)
  }
  return (
    <div
      className="briefing-preview"
      dir={dir}
      lang={dir === 'rtl' ? 'ar' : 'en'}
      role="document"
      aria-label={i18n.t('briefing.preview')}
      tabIndex={0}
      onClick={onClick}
      // Sanitised by render-preview.ts with an allowlist of what a briefing holds.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}
