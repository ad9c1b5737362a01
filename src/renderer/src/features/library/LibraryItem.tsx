import type { ReactNode } from 'react'
import type { ArticleSummary } from '../../../../shared/api'
import { useI18n } from '../../i18n/I18nProvider'

interface Props {
  article: ArticleSummary
  active: boolean
  progress: number | undefined
  /** Position in the (filtered) list, for screen readers: only some rows are in the DOM. */
  position?: { index: number; size: number }
  highlights?: number
  onOpen: (id: string) => void
  /** Offered for imported articles only. */
  onRemove?: (article: ArticleSummary) => void
}

/** One library row: title in its own direction, then file, length and reading time, each isolated. */
export function LibraryItem({ article, active, progress, position, highlights, onOpen, onRemove }: Props): ReactNode {
  const i18n = useI18n()
  const { meta, stats } = article
  return (
    <li className="library-item" {...(position ? { 'aria-setsize': position.size, 'aria-posinset': position.index + 1 } : {})}>
      <button
        type="button"
        className="library-button"
        data-article-id={article.id}
        data-index={position?.index}
        aria-current={active ? 'page' : undefined}
        onClick={() => onOpen(article.id)}
      >
        {meta.category ? <span className="chip">{meta.category}</span> : null}
        <span className="library-title" dir={meta.titleDir} lang={meta.titleDir === 'ltr' ? 'en' : 'ar'}>
          {meta.title}
          {meta.titleSource === 'derived' ? (
            <span className="derived-mark" title={i18n.t('library.derivedTitle')}>
              {i18n.t('library.derivedBadge')}
            </span>
          ) : null}
        </span>
        <span className="library-meta">
          <bdi dir="ltr" className="file-name">{meta.sourceFile}</bdi>
          {meta.siteName ? (
            <>
              <span aria-hidden="true"> · </span>
              <bdi dir="auto">{meta.siteName}</bdi>
            </>
          ) : null}
          <span aria-hidden="true"> · </span>
          <span>{i18n.plural('article.words', stats.words)}</span>
          <span aria-hidden="true"> · </span>
          <span>{i18n.plural('article.minutes', stats.readingMinutes)}</span>
          {highlights ? (
            <>
              <span aria-hidden="true"> · </span>
              <span className="library-highlights">{i18n.plural('highlights.count', highlights)}</span>
            </>
          ) : null}
        </span>
        {progress !== undefined && progress > 0 ? (
          <span className="library-progress" aria-hidden="true">
            <span style={{ inlineSize: `${Math.round(progress * 100)}%` }} />
          </span>
        ) : null}
      </button>
      {onRemove && article.origin === 'imported' ? (
        <button type="button" className="library-remove" title={i18n.t('library.removeNamed', { title: meta.title })} aria-label={i18n.t('library.removeNamed', { title: meta.title })} onClick={() => onRemove(article)}>
          ×
        </button>
      ) : null}
    </li>
  )
}
