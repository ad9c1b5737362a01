import { useEffect, useMemo, useState, type ReactNode } from 'react'
import type { Entity } from '../../../../../core/entities/types'
import { normalizeKey } from '../../../../../core/text/normalize'
import type { TimelineEntry } from '../../../../../shared/api'
import { useI18n } from '../../../i18n/I18nProvider'
import { api } from '../../../lib/api'
import { entityLabel } from '../../entities/entity-names'
import type { StoryPanelProps } from '../story-props'
import { groupTimeline, type MonthGroup } from './timeline-groups'
import { monthName } from './timeline-dates'
import { TimelineItemView } from './TimelineItemView'

/** Items drawn at first and per "show more": a library of thousands of articles has tens of thousands of dates. */
const PAGE = 300

/**
 * The story's timeline: dated statements found in the articles, on a vertical line grouped by year
 * and month (right to left in Arabic), then those whose year the text does not give, then relative
 * ones whose article has no date. Filtered by the entity in focus (asked of the backend) and by a
 * search over the statements, their titles and their entities (here).
 */
export function TimelinePanel({ entities, library, entityId, onFocusEntity, onOpenEntity, onJump, onError }: StoryPanelProps): ReactNode {
  const i18n = useI18n()
  // Kept with the focus they answer, so a change of focus shows "loading" rather than the other entity's line.
  const [loaded, setLoaded] = useState<{ focus: string | null; entries: TimelineEntry[] } | null>(null)
  const entries = loaded?.focus === entityId ? loaded.entries : null
  const [text, setText] = useState('')
  const [shown, setShown] = useState(PAGE)

  useEffect(() => {
    let live = true
    void api.getTimeline(entityId ? { entityId } : {}).then((result) => {
      if (!live) return
      if (result.ok) setLoaded({ focus: entityId, entries: result.value })
      else onError(result.error)
    })
    return () => {
      live = false
    }
  }, [entityId, library, entities, onError])

  const entityById = useMemo(() => new Map<string, Entity>(entities.map((e) => [e.id, e])), [entities])
  const matching = useMemo(() => {
    const needle = normalizeKey(text.trim())
    if (!entries || !needle) return entries ?? []
    const names = (e: TimelineEntry): string =>
      e.entityIds.map((id) => (entityById.get(id) ? entityLabel(entityById.get(id) as Entity) : '')).join(' ')
    return entries.filter((e) => normalizeKey(`${e.sentence.text}\n${e.articleTitle}\n${names(e)}`).includes(needle))
  }, [entries, text, entityById])

  if (!entries)
    return (
      <p className="story-empty" aria-busy="true">
        {i18n.t('app.loading')}
      </p>
    )
  if (entries.length === 0) return <p className="story-empty">{i18n.t('timeline.empty')}</p>

  const groups = groupTimeline(matching.slice(0, shown))
  const item = (e: TimelineEntry): ReactNode => (
    <TimelineItemView
      key={`${e.articleId}:${e.expression.start}`}
      item={e}
      entityById={entityById}
      focusedId={entityId}
      onFocusEntity={onFocusEntity}
      onOpenEntity={onOpenEntity}
      onJump={onJump}
    />
  )
  const months = (list: MonthGroup[], year?: number): ReactNode =>
    list.map((m) => {
      const title = m.month === 0 ? i18n.t('timeline.wholeYear') : monthName(i18n, m.month, year)
      return (
        <li key={m.month} className="timeline-month">
          <h4>{title}</h4>
          <ol className="timeline-items" aria-label={title}>
            {m.items.map(item)}
          </ol>
        </li>
      )
    })

  return (
    <section className="timeline" aria-label={i18n.t('timeline.label')}>
      <div className="timeline-toolbar">
        <input
          type="search"
          className="timeline-filter"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={i18n.t('timeline.filter')}
          aria-label={i18n.t('timeline.filter')}
        />
        <span className="timeline-count" role="status">
          {i18n.plural('timeline.count', matching.length)}
        </span>
      </div>
      {matching.length === 0 ? <p className="story-empty">{i18n.t('timeline.noMatch')}</p> : null}
      <ol className="timeline-line">
        {groups.map((g) => {
          const title =
            g.kind === 'year' ? String(g.year) : g.kind === 'year-unknown' ? i18n.t('timeline.yearUnknown') : i18n.t('timeline.dateUnknown')
          return (
            <li key={g.kind === 'year' ? g.year : g.kind} className={`timeline-year timeline-${g.kind}`}>
              <h3>{title}</h3>
              {g.kind === 'date-unknown' ? (
                <>
                  <p className="timeline-hint">{i18n.t('timeline.dateUnknownHint')}</p>
                  <ol className="timeline-items" aria-label={title}>
                    {g.items.map(item)}
                  </ol>
                </>
              ) : (
                <ol className="timeline-months" aria-label={title}>
                  {months(g.months, g.kind === 'year' ? g.year : undefined)}
                </ol>
              )}
            </li>
          )
        })}
      </ol>
      {matching.length > shown ? (
        <button type="button" className="button timeline-more" onClick={() => setShown((n) => n + PAGE)}>
          {i18n.t('timeline.more', { count: matching.length - shown })}
        </button>
      ) : null}
    </section>
  )
}
