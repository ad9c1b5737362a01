import type { ReactNode } from 'react'
import { articleDateOf } from '../../../../core/corpus/article-date'
import type { Article } from '../../../../core/corpus/types'
import { useI18n } from '../../i18n/I18nProvider'
import { BidiText } from '../../ui/BidiText'
import { BlockText, type BlockMarks } from './BlockText'

/** Category, title (the file's own title block, or the derived one marked as such) and facts. */
export function ArticleHeader({ article, titleMarks = null, onNewNote }: { article: Article; titleMarks?: BlockMarks | null; onNewNote?: () => void }): ReactNode {
  const i18n = useI18n()
  const { meta, stats, text } = article
  const titleBlock = article.blocks.find((b) => b.kind === 'title')
  const ltr = meta.titleDir === 'ltr'
  const date = articleDateOf(meta)
  // A title line whose character references were decoded (`&quot;` → ") is shown as decoded text;
  // it then has no offsets into the article, so it takes no highlights.
  const decodedTitle = titleBlock !== undefined && text.slice(titleBlock.start, titleBlock.end) !== meta.title
  return (
    <header className="article-header">
      {meta.category ? <span className="chip">{meta.category}</span> : null}
      {decodedTitle ? (
        <h1 id="article-title" className="article-title" dir={meta.titleDir} lang={ltr ? 'en' : 'ar'}>
          <BidiText text={meta.title} start={0} end={meta.title.length} />
        </h1>
      ) : titleBlock ? (
        <h1
          id="article-title"
          className="article-title block block-title"
          dir={meta.titleDir}
          lang={ltr ? 'en' : 'ar'}
          data-start={titleBlock.start}
          data-end={titleBlock.end}
          data-kind="title"
        >
          <BlockText text={text} start={titleBlock.start} end={titleBlock.end} marks={titleMarks} />
        </h1>
      ) : (
        <>
          <h1 id="article-title" className="article-title derived">
            <BidiText text={meta.title} start={0} end={meta.title.length} />
          </h1>
          <p className="derived-note">{i18n.t('article.derivedTitleNote')}</p>
        </>
      )}
      <p className="article-facts">
        <span>
          {i18n.t('article.source')}: <bdi dir="ltr" className="file-name">{meta.sourceFile}</bdi>
        </span>
        <span>{i18n.plural('article.words', stats.words)}</span>
        <span>{i18n.plural('article.minutes', stats.readingMinutes)}</span>
        {onNewNote ? (
          <button type="button" className="link-button" onClick={onNewNote} data-action="note-on-article">
            {i18n.t('notes.aboutThis')}
          </button>
        ) : null}
        {meta.siteName ? <bdi dir="auto" className="article-site">{meta.siteName}</bdi> : null}
        {meta.byline ? <bdi dir="auto" className="article-byline">{meta.byline}</bdi> : null}
        {date?.relative ? (
          <span data-date="as-printed">
            {i18n.t('article.asPrinted')}: <bdi dir="auto">{date.printed}</bdi>
          </span>
        ) : date ? (
          <span data-date="published">
            {i18n.t('article.published')}: <bdi dir="auto">{date.iso ? i18n.formatDateTime(date.iso) : date.printed}</bdi>
          </span>
        ) : null}
      </p>
    </header>
  )
}
