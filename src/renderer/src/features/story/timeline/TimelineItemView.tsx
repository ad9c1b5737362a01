import type { ReactNode } from 'react'
import { dominantDirection } from '../../../../../core/text/bidi'
import type { Entity } from '../../../../../core/entities/types'
import type { TimelineEntry } from '../../../../../shared/api'
import { useI18n } from '../../../i18n/I18nProvider'
import { entityLabel } from '../../entities/entity-names'
import { MarkedText } from '../../search/MarkedText'
import { dateText } from './timeline-dates'

interface Props {
  item: TimelineEntry
  entityById: ReadonlyMap<string, Entity>
  focusedId: string | null
  onFocusEntity: (id: string) => void
  onOpenEntity: (id: string) => void
  onJump: (articleId: string, start: number, end: number) => void
}

/** HTML's datetime for a date we know: a day, a month, a year, or a yearless day ("--06-10"); none for a yearless month. */
const machineDate = (item: TimelineEntry): string | undefined =>
  item.date.iso && item.date.iso !== `--${item.date.iso.slice(2, 4)}` ? item.date.iso : undefined

/**
 * One dated statement: its date, the sentence with the date expression marked (a button that opens
 * the article at the sentence), its article's title, and its entities as chips (focus the line on
 * one; its page through the small button beside it).
 */
export function TimelineItemView({ item, entityById, focusedId, onFocusEntity, onOpenEntity, onJump }: Props): ReactNode {
  const i18n = useI18n()
  const { sentence, expression } = item
  const entities = item.entityIds.flatMap((id) => entityById.get(id) ?? [])
  const undated = item.date.precision === 'relative-unresolved'
  return (
    <li className="timeline-item" data-article-id={item.articleId} data-start={expression.start}>
      <p className="timeline-date">
        {undated ? <bdi dir="auto">{expression.text}</bdi> : <time dateTime={machineDate(item)}>{dateText(i18n, item.date)}</time>}
        {item.date.relative && !undated ? <small className="timeline-relative">{i18n.t('timeline.fromArticleDate')}</small> : null}
      </p>
      <button
        type="button"
        className="timeline-quote"
        dir={dominantDirection(sentence.text)}
        lang="ar"
        aria-label={`${sentence.text} — ${i18n.t('timeline.openQuote', { title: item.articleTitle })}`}
        onClick={() => onJump(item.articleId, sentence.start, sentence.end)}
      >
        <MarkedText
          text={sentence.text}
          marks={[{ start: expression.start - sentence.start, end: expression.end - sentence.start }]}
          markClassName="timeline-mark"
        />
      </button>
      <p className="timeline-source">
        <bdi dir="auto">{item.articleTitle}</bdi>
      </p>
      {entities.length > 0 ? (
        <ul className="timeline-entities" aria-label={i18n.t('timeline.entities')}>
          {entities.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className={`chip type-chip type-${e.type}`}
                aria-pressed={focusedId === e.id}
                aria-label={i18n.t('timeline.focusEntity', { name: entityLabel(e) })}
                onClick={() => onFocusEntity(e.id)}
                data-entity-id={e.id}
              >
                <bdi dir="auto">{entityLabel(e)}</bdi>
              </button>
              <button
                type="button"
                className="timeline-entity-page"
                aria-label={i18n.t('timeline.openEntity', { name: entityLabel(e) })}
                onClick={() => onOpenEntity(e.id)}
              >
                {i18n.t('timeline.page')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  )
}
