import { forwardRef, useImperativeHandle, useRef, type ReactNode } from 'react'
import type { Article } from '../../../../core/corpus/types'
import type { ReadingSettings } from '../../../../core/store/settings'
import { useI18n } from '../../i18n/I18nProvider'
import { ArticleHeader } from './ArticleHeader'
import { BlockView } from './BlockView'
import { fontFamilyOf } from './fonts'
import type { Position } from './reading-position'
import { useReadingPosition } from './useReadingPosition'

export interface ReaderHandle {
  focus(): void
  scrollBy(lines: number): void
}

interface Props {
  article: Article
  settings: ReadingSettings
  initialOffset: number
  onPosition: (id: string, position: Position) => void
}

/** The article view: always right-to-left Arabic, whatever the interface language. */
export const Reader = forwardRef<ReaderHandle, Props>(function Reader({ article, settings, initialOffset, onPosition }, handle): ReactNode {
  const i18n = useI18n()
  const scroller = useRef<HTMLElement>(null)
  const progress = useReadingPosition(scroller, article.id, initialOffset, onPosition)

  useImperativeHandle(handle, () => ({
    focus: () => scroller.current?.focus(),
    scrollBy: (lines) => scroller.current?.scrollBy({ top: lines * settings.fontSize * settings.lineHeight }),
  }))

  return (
    <main
      id="reader"
      ref={scroller}
      className="reader"
      tabIndex={0}
      aria-labelledby="article-title"
      style={{
        fontFamily: fontFamilyOf(settings.font),
        fontSize: `${settings.fontSize}px`,
        lineHeight: settings.lineHeight,
      }}
    >
      <div
        className="reading-progress"
        role="progressbar"
        aria-label={i18n.t('article.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress * 100)}
      >
        <span style={{ inlineSize: `${progress * 100}%` }} />
      </div>
      <article className="article" dir="rtl" lang="ar" data-article-id={article.id}>
        <ArticleHeader article={article} />
        <div className="article-body">
          {article.blocks.map((block) => (
            <BlockView key={block.start} text={article.text} block={block} />
          ))}
        </div>
      </article>
    </main>
  )
})
