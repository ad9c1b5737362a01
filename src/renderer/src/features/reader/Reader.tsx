import { forwardRef, useImperativeHandle, type MouseEvent, type ReactNode, type RefObject } from 'react'
import type { Article } from '../../../../core/corpus/types'
import type { ReadingSettings } from '../../../../core/store/settings'
import { useI18n } from '../../i18n/I18nProvider'
import { ArticleHeader } from './ArticleHeader'
import type { BlockMarks } from './BlockText'
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
  scrollerRef: RefObject<HTMLElement | null>
  marks: ReadonlyMap<number, BlockMarks | null>
  /** A click on a highlight (the innermost one under the pointer), when no text is being selected. */
  onMarkClick: (id: string) => void
  onNewNote: () => void
}

/** The article view: always right-to-left Arabic, whatever the interface language. */
export const Reader = forwardRef<ReaderHandle, Props>(function Reader({ article, settings, initialOffset, onPosition, scrollerRef, marks, onMarkClick, onNewNote }, handle): ReactNode {
  const i18n = useI18n()
  const progress = useReadingPosition(scrollerRef, article.id, initialOffset, onPosition)

  useImperativeHandle(handle, () => ({
    focus: () => scrollerRef.current?.focus(),
    scrollBy: (lines) => scrollerRef.current?.scrollBy({ top: lines * settings.fontSize * settings.lineHeight }),
  }))

  const onClick = (event: MouseEvent): void => {
    if (!document.getSelection()?.isCollapsed) return
    const mark = (event.target as Element).closest<HTMLElement>('mark[data-highlight-id]')
    if (mark?.dataset['highlightId']) onMarkClick(mark.dataset['highlightId'])
  }

  const titleBlock = article.blocks.find((b) => b.kind === 'title')
  return (
    <main
      id="reader"
      ref={scrollerRef}
      className="reader"
      tabIndex={0}
      aria-labelledby="article-title"
      onClick={onClick}
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
        <ArticleHeader article={article} titleMarks={titleBlock ? (marks.get(titleBlock.start) ?? null) : null} onNewNote={onNewNote} />
        <div className="article-body">
          {article.blocks.map((block) => (
            <BlockView key={block.start} text={article.text} block={block} marks={marks.get(block.start) ?? null} />
          ))}
        </div>
      </article>
    </main>
  )
})
