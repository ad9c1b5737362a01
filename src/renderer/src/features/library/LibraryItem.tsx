import type { ReactNode } from 'react'
import type { ArticleSummary } from '../../../../shared/api'
import { useI18n } from '../../i18n/I18nProvider'

interface Props {
  article: ArticleSummary
  active: boolean
  progress: number | undefined
  onOpen: (id: string) => void
}

/** One library row: title in its own direction, then file, length and reading time, each isolated. */
export function LibraryItem({ article, active, progress, onOpen }: Props): ReactNode {
  const i18n = useI18n()
  const { meta, stats } = article
  return (
    <li className="library-item">
      <button
        type="button"
        className="library-button"
        data-article-id={article.id}
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
          <span aria-hidden="true"> · </span>
          <span>{i18n.plural('article.words', stats.words)}</span>
          <span aria-hidden="true"> · </span>
          <span>{i18n.plural('article.minutes', stats.readingMinutes)}</span>
        </span>
        {progress !== undefined && progress > 0 ? (
          <span className="library-progress" aria-hidden="true">
            <span style={{ inlineSize: `${Math.round(progress * 100)}%` }} />
          </span>
        ) : null}
      </button>
    </li>
  )
}
