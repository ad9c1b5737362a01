import type { ReactNode } from 'react'
import type { Session } from '../../../shared/api'
import { HighlightingReader, type HighlightingReaderProps } from '../features/highlights/HighlightingReader'
import { useI18n } from '../i18n/I18nProvider'
import type { ArticleState } from './useArticle'

type Props = Omit<HighlightingReaderProps, 'article' | 'initialOffset'> & {
  state: ArticleState
  positions: Session['positions']
}

/** The reading area: a message while nothing (or something broken) is open, else the article. */
export function ReaderPane({ state, positions, ...rest }: Props): ReactNode {
  const i18n = useI18n()
  switch (state.status) {
    case 'none':
      return <main className="reader reader-empty">{i18n.t('article.none')}</main>
    case 'loading':
      return (
        <main className="reader reader-empty" aria-busy="true">
          {i18n.t('app.loading')}
        </main>
      )
    case 'failed':
      return (
        <main className="reader reader-empty" role="alert">
          {i18n.t('article.notFound', { reason: state.reason })}
        </main>
      )
    case 'ready':
      return <HighlightingReader article={state.article} initialOffset={positions[state.article.id]?.offset ?? 0} {...rest} />
  }
}
