import type { ReactNode } from 'react'
import type { FigureSourceView } from '../../../../../shared/api'
import { useI18n } from '../../../i18n/I18nProvider'
import { BidiText } from '../../../ui/BidiText'

const Inline = ({ text }: { text: string }): ReactNode => <BidiText text={text} start={0} end={text.length} />

interface Props {
  source: FigureSourceView
  onJump: (articleId: string, start: number, end: number) => void
  /** Offered when the claim has other sources: "this one is about something else". */
  onSplit?: () => void
}

/** One source of a value: its article's title and the sentence with the figure marked; activating it jumps to the passage. */
export function SourceLine({ source, onJump, onSplit }: Props): ReactNode {
  const i18n = useI18n()
  return (
    <li className="figure-source" data-article-id={source.articleId}>
      <button type="button" className="figure-jump" onClick={() => onJump(source.articleId, source.start, source.end)} aria-label={i18n.t('figures.jumpLabel', { title: source.title })} data-action="figure-jump">
        <span className="figure-source-title" dir="auto">
          <Inline text={source.title} />
          {source.times > 1 ? <span className="figure-times"> {i18n.t('figures.times', { count: source.times })}</span> : null}
        </span>
        <span className="figure-quote" dir="auto">
          <Inline text={source.before} />
          <mark>
            <Inline text={source.text} />
          </mark>
          <Inline text={source.after} />
        </span>
      </button>
      {onSplit ? (
        <button type="button" className="button figure-split" onClick={onSplit} aria-label={i18n.t('figures.splitLabel', { title: source.title })} data-action="figure-split">
          {i18n.t('figures.split')}
        </button>
      ) : null}
    </li>
  )
}
