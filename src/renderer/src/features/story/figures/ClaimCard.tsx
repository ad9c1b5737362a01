import { useId, type ReactNode } from 'react'
import type { Entity } from '../../../../../core/entities/types'
import type { FigureClaimView } from '../../../../../shared/api'
import { useI18n } from '../../../i18n/I18nProvider'
import { entityLabel } from '../../entities/entity-names'
import { formatFigure } from './format-figure'
import { SourceLine } from './SourceLine'

interface Props {
  claim: FigureClaimView
  /** The entity in focus: its chip comes first. */
  focus: string | null
  entityById: ReadonlyMap<string, Entity>
  onFocusEntity: (id: string) => void
  onOpenEntity: (id: string) => void
  onJump: (articleId: string, start: number, end: number) => void
  onDecide: (kind: 'confirm' | 'dismiss' | 'split', source?: { articleId: string; start: number; end: number }) => void
  onUndo: (decisionId: string) => void
}

const ENTITIES_SHOWN = 6

/**
 * One claim: what it is about (entity chips, the topic and unit), its values side by side — one
 * value when the sources agree — each with its sources, and the user's controls: confirm the
 * grouping, split a source off, dismiss it, or undo the decision that made it what it is.
 */
export function ClaimCard({ claim, focus, entityById, onFocusEntity, onOpenEntity, onJump, onDecide, onUndo }: Props): ReactNode {
  const i18n = useI18n()
  const headingId = useId()
  const measure = [claim.topic ? i18n.t(`figures.topic.${claim.topic}` as 'figures.topic.pay') : '', claim.kind === 'percent' ? i18n.t('figures.kind.percent') : claim.kind === 'count' ? i18n.t('figures.kind.count', { unit: claim.unit }) : '']
    .filter((s) => s)
    .join(' · ')
  const agreement =
    claim.agreement === 'disagree' ? i18n.t('figures.disagree') : claim.agreement === 'agree' ? i18n.plural('figures.agree', claim.sourceCount) : i18n.t('figures.single')
  const about = focus && claim.entityIds.includes(focus) ? [focus, ...claim.entityIds.filter((id) => id !== focus)] : claim.entityIds
  const canSplit = claim.sourceCount > 1 && claim.status !== 'dismissed'
  return (
    <article className={`figure-claim agreement-${claim.agreement} status-${claim.status}`} aria-labelledby={headingId} data-claim-key={claim.key}>
      <header className="figure-claim-header">
        <h3 id={headingId} className="figure-claim-title">
          {claim.values.map((v, i) => (
            <span key={v.value}>
              {i > 0 ? <span className="figure-versus"> {i18n.t('figures.versus')} </span> : null}
              <bdi>{formatFigure(v.value, claim.kind, claim.unit, i18n)}</bdi>
            </span>
          ))}
        </h3>
        <span className={`figure-agreement agreement-${claim.agreement}`} data-agreement={claim.agreement}>
          {agreement}
        </span>
        {claim.status !== 'open' ? <span className="chip figure-status">{i18n.t(claim.status === 'confirmed' ? 'figures.confirmed' : 'figures.dismissed')}</span> : null}
        {claim.split ? <span className="chip figure-status">{i18n.t('figures.splitOff')}</span> : null}
      </header>
      <p className="figure-about">
        <span className="figure-about-label">{i18n.t('figures.about')}:</span>
        {about.slice(0, ENTITIES_SHOWN).map((id) => {
          const entity = entityById.get(id)
          if (!entity) return null
          const name = entityLabel(entity)
          return (
            <span key={id} className={`figure-entity type-${entity.type}`}>
              <button type="button" className="chip type-chip" onClick={() => onFocusEntity(id)} aria-label={i18n.t('figures.focusEntity', { name })} data-entity-id={id}>
                <bdi>{name}</bdi>
              </button>
              <button type="button" className="figure-entity-page" onClick={() => onOpenEntity(id)} aria-label={i18n.t('figures.openEntity', { name })} title={i18n.t('figures.openEntity', { name })}>
                ↗
              </button>
            </span>
          )
        })}
        {measure ? <span className="figure-measure">{measure}</span> : null}
      </p>
      <div className="figure-values">
        {claim.values.map((v) => (
          <section key={v.value} className="figure-value" aria-label={formatFigure(v.value, claim.kind, claim.unit, i18n)}>
            {claim.values.length > 1 ? <p className="figure-value-head"><bdi>{formatFigure(v.value, claim.kind, claim.unit, i18n)}</bdi></p> : null}
            <p className="figure-as-written">
              {i18n.parts('figures.as', { text: v.text }).map((part) => (typeof part === 'string' ? part : <bdi key={part.name} dir="auto">{part.value}</bdi>))}
            </p>
            <ul className="figure-sources">
              {v.sources.map((s) => (
                <SourceLine key={`${s.articleId}:${s.start}`} source={s} onJump={onJump} {...(canSplit ? { onSplit: () => onDecide('split', { articleId: s.articleId, start: s.start, end: s.end }) } : {})} />
              ))}
            </ul>
          </section>
        ))}
      </div>
      <div className="figure-actions">
        {claim.decisionId ? (
          <button type="button" className="button" onClick={() => onUndo(claim.decisionId as string)} data-action="figure-undo">
            {i18n.t('figures.undo')}
          </button>
        ) : null}
        {claim.status === 'open' && !claim.split ? (
          <>
            {claim.sourceCount > 1 ? (
              <button type="button" className="button" onClick={() => onDecide('confirm')} data-action="figure-confirm">
                {i18n.t('figures.confirm')}
              </button>
            ) : null}
            <button type="button" className="button" onClick={() => onDecide('dismiss')} data-action="figure-dismiss">
              {i18n.t('figures.dismiss')}
            </button>
          </>
        ) : null}
      </div>
    </article>
  )
}
