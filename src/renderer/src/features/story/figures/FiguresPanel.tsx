import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { FiguresView } from '../../../../../shared/api'
import { useI18n } from '../../../i18n/I18nProvider'
import { api } from '../../../lib/api'
import type { StoryPanelProps } from '../story-props'
import { ClaimCard } from './ClaimCard'

/**
 * The story's figures: the amounts, counts and percentages of the library grouped into claims
 * across sources, disagreements first. Filters: disagreements only, dismissed shown or not, and
 * the entity in focus (asked of the backend). Every decision is kept and the list asked again.
 */
export function FiguresPanel({ entities, library, entityId, onFocusEntity, onOpenEntity, onJump, onError }: StoryPanelProps): ReactNode {
  const i18n = useI18n()
  const [view, setView] = useState<FiguresView | null>(null)
  const [disagreementsOnly, setDisagreementsOnly] = useState(false)
  const [showDismissed, setShowDismissed] = useState(false)
  const [version, setVersion] = useState(0)
  const entityById = useMemo(() => new Map(entities.map((e) => [e.id, e])), [entities])

  useEffect(() => {
    let live = true
    void api.getFigures(entityId ? { entityId } : {}).then((result) => {
      if (!live) return
      if (result.ok) setView(result.value)
      else onError(result.error)
    })
    return () => {
      live = false
    }
  }, [entityId, library, entities, version, onError])

  const decide = useCallback(
    async (claimKey: string, kind: 'confirm' | 'dismiss' | 'split', source?: { articleId: string; start: number; end: number }) => {
      const result = await api.decideFigure({ kind, claimKey, ...(source ? { source } : {}) })
      if (!result.ok) onError(result.error)
      setVersion((v) => v + 1)
    },
    [onError],
  )
  const undo = useCallback(
    async (id: string) => {
      const result = await api.undoFigureDecision(id)
      if (!result.ok) onError(result.error)
      setVersion((v) => v + 1)
    },
    [onError],
  )

  if (!view) return <p className="story-empty" aria-busy="true">{i18n.t('app.loading')}</p>
  const shown = view.claims.filter((c) => (showDismissed || c.status !== 'dismissed') && (!disagreementsOnly || c.agreement === 'disagree'))
  return (
    <div className="figures-panel" data-figures-claims={view.claims.length}>
      <div className="figures-toolbar">
        <p className="figures-summary">{i18n.t('figures.summary', { claims: view.claims.length, figures: view.figures, articles: view.articles })}</p>
        <label>
          <input type="checkbox" checked={disagreementsOnly} onChange={(e) => setDisagreementsOnly(e.target.checked)} data-filter="disagreements" /> {i18n.t('figures.disagreementsOnly')}
        </label>
        <label>
          <input type="checkbox" checked={showDismissed} onChange={(e) => setShowDismissed(e.target.checked)} data-filter="dismissed" /> {i18n.t('figures.showDismissed')}
        </label>
      </div>
      {view.claims.length === 0 ? (
        <p className="story-empty">{i18n.t('figures.none')}</p>
      ) : shown.length === 0 ? (
        <p className="story-empty">{i18n.t('figures.noneShown')}</p>
      ) : (
        <div className="figures-list" role="list" aria-label={i18n.t('figures.claimsLabel')}>
          {shown.map((claim) => (
            <div role="listitem" key={claim.key}>
              <ClaimCard
                claim={claim}
                focus={entityId}
                entityById={entityById}
                onFocusEntity={onFocusEntity}
                onOpenEntity={onOpenEntity}
                onJump={onJump}
                onDecide={(kind, source) => void decide(claim.key, kind, source)}
                onUndo={(id) => void undo(id)}
              />
            </div>
          ))}
        </div>
      )}
    </div>
  )
}
