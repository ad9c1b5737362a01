import type { ReactNode, RefObject } from 'react'
import type { ReanchorReport } from '../../../core/highlights/anchored'
import type { StoreNotice } from '../../../core/store/notices'
import type { ReadingSettings } from '../../../core/store/settings'
import type { Session } from '../../../shared/api'
import type { ApiError } from '../../../shared/result'
import { HighlightingReader } from '../features/highlights/HighlightingReader'
import type { ReaderHandle } from '../features/reader/Reader'
import type { Position } from '../features/reader/reading-position'
import { useI18n } from '../i18n/I18nProvider'
import type { ArticleState } from './useArticle'

interface Props {
  state: ArticleState
  settings: ReadingSettings
  positions: Session['positions']
  onPosition: (id: string, position: Position) => void
  readerRef: RefObject<ReaderHandle | null>
  panelOpen: boolean
  reveal: string | null
  onRevealed: () => void
  onError: (error: ApiError) => void
  onReport: (report: ReanchorReport, title: string) => void
  onNotices: (notices: StoreNotice[]) => void
  toast: (message: string) => void
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
