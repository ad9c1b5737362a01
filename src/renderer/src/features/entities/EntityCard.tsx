import type { ReactNode } from 'react'
import { descriptionIn, type Entity } from '../../../../core/entities/types'
import type { ArticleEntities } from '../../../../shared/api'
import { useI18n } from '../../i18n/I18nProvider'
import type { MentionSpan } from '../reader/BlockText'
import { entityLabel } from './entity-names'

interface Props {
  span: MentionSpan
  entity: Entity | undefined
  data: ArticleEntities
  text: string
  rect: { top: number; bottom: number; left: number }
  onOpen: (id: string) => void
  onDecide: (decision: 'confirmed' | 'rejected' | 'clear') => void
  onCreate: (text: string) => void
  onClose: () => void
  /** Take the focus (opened from the keyboard). */
  takeFocus: boolean
  /** What the card of a suggestion shows (the proposed name, its reasons and actions). */
  suggestionBody?: ReactNode
}

/** The card of a mention: who it is, and what the reader can do about this one occurrence. */
export function EntityCard({ span, entity, data, text, rect, onOpen, onDecide, onCreate, onClose, takeFocus, suggestionBody }: Props): ReactNode {
  const i18n = useI18n()
  const top = Math.min(window.innerHeight - 200, rect.bottom + 6)
  const left = Math.max(8, Math.min(window.innerWidth - 320, rect.left))
  const decision = data.mentions.find((m) => m.start === span.start && m.end === span.end && m.entityId === span.entityId)?.decision
  const money = span.kind === 'money' ? data.money.find((m) => m.start === span.start) : undefined
  return (
    <section
      className="entity-card"
      role="dialog"
      aria-label={entity ? entityLabel(entity) : text}
      style={{ top, left }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          onClose()
        }
      }}
    >
      {span.kind === 'suggestion' ? (
        suggestionBody
      ) : (
        <>
          <p className="card-title">
            <span className={`type-dot type-${span.type}`} aria-hidden="true" /> <bdi dir="auto">{entity ? entityLabel(entity) : text}</bdi>{' '}
            <span className="muted">· {i18n.t(`entity.type.${span.type}`)}</span>
          </p>
          {money ? <p dir="ltr">{`${money.value.toLocaleString('en')} ${money.currency}`}</p> : null}
          {entity && entity.aliases.length ? (
            <p className="muted" dir="auto">
              {entity.aliases.slice(0, 6).join(' · ')}
            </p>
          ) : null}
          {entity && descriptionIn(entity, i18n.locale) ? (
            <p className="card-description" dir="auto">
              {descriptionIn(entity, i18n.locale).slice(0, 240)}
            </p>
          ) : null}
          <div className="card-actions">
            {entity ? (
              <button type="button" className="button" onClick={() => onOpen(entity.id)} autoFocus={takeFocus}>
                {i18n.t('entity.open')}
              </button>
            ) : null}
            {span.kind === 'entity' && decision !== 'confirmed' ? (
              <button type="button" className="button" onClick={() => onDecide('confirmed')}>
                {i18n.t('entity.confirm')}
              </button>
            ) : null}
            {span.kind === 'entity' ? (
              <button type="button" className="button" onClick={() => onDecide(decision ? 'clear' : 'rejected')}>
                {decision ? i18n.t('entity.clear') : i18n.t('entity.reject')}
              </button>
            ) : null}
            {span.kind === 'money' && !entity ? (
              <button type="button" className="button" onClick={() => onCreate(text)}>
                {i18n.t('entities.new')}
              </button>
            ) : null}
          </div>
        </>
      )}
    </section>
  )
}
