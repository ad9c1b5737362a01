import { useEffect, useMemo, useState, type ReactNode } from 'react'
import type { HighlightColor } from '../../../../core/store/annotations'
import type { HighlightWithArticle } from '../../../../shared/api'
import type { ApiError } from '../../../../shared/result'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { COLORS } from './colors'
import { HighlightList } from './HighlightList'

interface Props {
  onJump: (articleId: string, highlightId: string) => void
  onError: (error: ApiError) => void
}

/** Every highlight in the library, filterable by colour and article; orphans are marked. */
export function AllHighlights({ onJump, onError }: Props): ReactNode {
  const i18n = useI18n()
  const [all, setAll] = useState<HighlightWithArticle[] | null>(null)
  const [color, setColor] = useState<HighlightColor | ''>('')
  const [article, setArticle] = useState('')
  useEffect(() => {
    let live = true
    void api.listAllHighlights().then((result) => {
      if (!live) return
      if (result.ok) setAll(result.value)
      else onError(result.error)
    })
    return () => {
      live = false
    }
  }, [onError])
  const articles = useMemo(() => [...new Map((all ?? []).map((h) => [h.articleId, h.articleTitle ?? h.articleId])).entries()], [all])
  const shown = (all ?? []).filter((h) => (!color || h.color === color) && (!article || h.articleId === article))
  return (
    <main className="reader all-highlights" id="reader" tabIndex={0} aria-labelledby="all-highlights-heading">
      <div className="all-highlights-inner">
        <h1 id="all-highlights-heading">{i18n.t('highlights.all')}</h1>
        <div className="filters">
          <label>
            {i18n.t('highlights.filterColor')}{' '}
            <select name="color" value={color} onChange={(e) => setColor(e.currentTarget.value as HighlightColor | '')}>
              <option value="">{i18n.t('highlights.any')}</option>
              {COLORS.map((c) => (
                <option key={c} value={c}>
                  {i18n.t(`color.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {i18n.t('highlights.filterArticle')}{' '}
            <select name="article" value={article} onChange={(e) => setArticle(e.currentTarget.value)}>
              <option value="">{i18n.t('highlights.any')}</option>
              {articles.map(([id, title]) => (
                <option key={id} value={id}>
                  {title}
                </option>
              ))}
            </select>
          </label>
          <span className="count">{i18n.plural('highlights.count', shown.length)}</span>
        </div>
        {all === null ? (
          <p className="empty">{i18n.t('app.loading')}</p>
        ) : (
          <HighlightList
            highlights={shown}
            activeId={null}
            onJump={(h) => onJump(h.articleId, h.id)}
            source={(h) => {
              const item = h as HighlightWithArticle
              return (
                <>
                  <bdi dir="auto">{item.articleTitle ?? item.articleId}</bdi>
                  {item.anchor ? null : (
                    <span className="orphan-badge">
                      {' '}
                      · {i18n.t(item.orphanReason === 'article-missing' ? 'highlights.articleMissing' : 'highlights.orphan')}
                    </span>
                  )}
                </>
              )
            }}
          />
        )}
      </div>
    </main>
  )
}
