import { useState, type ReactNode } from 'react'
import type { Entity } from '../../../../core/entities/types'
import { useI18n } from '../../i18n/I18nProvider'
import { NewNamesList } from './NewNamesList'
import type { ArticleNewNames } from './useArticleNewNames'

interface Props {
  /** The highlights panel, shown under the first tab. */
  highlights: ReactNode
  highlightCount: number
  names: ArticleNewNames
  entities: readonly Entity[]
  onJump: (articleId: string, start: number, end: number) => void
}

/** The reader's side panel: this article's highlights, or the new names proposed in it, under two tabs. */
export function ReaderSidePanel({ highlights, highlightCount, names, entities, onJump }: Props): ReactNode {
  const i18n = useI18n()
  const [tab, setTab] = useState<'highlights' | 'names'>('highlights')
  const { inbox } = names.state
  const waiting = inbox?.status === 'ready' ? inbox.total : null
  return (
    <div className="side-panel">
      <div className="side-tabs" role="tablist" aria-label={i18n.t('app.views')}>
        <button type="button" role="tab" id="side-tab-highlights" aria-selected={tab === 'highlights'} aria-controls="side-tab-panel" onClick={() => setTab('highlights')} data-tab="highlights">
          {i18n.t('highlights.heading')} <span className="count">{i18n.formatNumber(highlightCount)}</span>
        </button>
        <button type="button" role="tab" id="side-tab-names" aria-selected={tab === 'names'} aria-controls="side-tab-panel" onClick={() => setTab('names')} data-tab="new-names">
          {i18n.t('newNames.heading')} {waiting !== null ? <span className="count">{i18n.formatNumber(waiting)}</span> : null}
        </button>
      </div>
      <div id="side-tab-panel" role="tabpanel" aria-labelledby={tab === 'names' ? 'side-tab-names' : 'side-tab-highlights'} className="side-tab-panel">
        {tab === 'names' ? (
          <aside className="highlights-panel article-new-names" aria-labelledby="article-new-names-heading">
            <h2 id="article-new-names-heading">{i18n.t('newNames.inArticle')}</h2>
            <NewNamesList state={names.state} actions={names.actions} entities={entities} scope="article" onJump={onJump} />
          </aside>
        ) : (
          highlights
        )}
      </div>
    </div>
  )
}
