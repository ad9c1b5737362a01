import type { ReactNode } from 'react'
import { useI18n } from '../../i18n/I18nProvider'
import { entityLabel } from '../entities/entity-names'
import type { StoryTab } from '../../ui/views'
import { FiguresPanel } from './figures/FiguresPanel'
import { GraphPanel } from './graph/GraphPanel'
import type { StoryPanelProps } from './story-props'
import { TimelinePanel } from './timeline/TimelinePanel'

const TABS: readonly StoryTab[] = ['graph', 'timeline', 'figures']

interface Props extends StoryPanelProps {
  tab: StoryTab
  onTab: (tab: StoryTab) => void
}

/** The story across the articles, in the main pane: who is tied to whom, what happened when, and what the figures say. */
export function StoryView({ tab, onTab, ...panel }: Props): ReactNode {
  const i18n = useI18n()
  const focused = panel.entityId ? panel.entities.find((e) => e.id === panel.entityId) : undefined
  return (
    <section className="story-view" aria-labelledby="story-heading">
      <header className="story-header">
        <h2 id="story-heading">{i18n.t('story.heading')}</h2>
        {focused ? (
          <p className="story-focus">
            {i18n.t('story.focus', { name: entityLabel(focused) })}{' '}
            <button type="button" className="button" onClick={() => panel.onFocusEntity(null)} data-action="story-everything">
              {i18n.t('story.everything')}
            </button>
          </p>
        ) : null}
      </header>
      <div className="side-tabs" role="tablist" aria-label={i18n.t('story.heading')}>
        {TABS.map((t) => (
          <button key={t} type="button" role="tab" id={`story-tab-${t}`} aria-selected={tab === t} aria-controls="story-tab-panel" onClick={() => onTab(t)} data-tab={t}>
            {i18n.t(`story.tab.${t}`)}
          </button>
        ))}
      </div>
      <div className="story-panel" role="tabpanel" id="story-tab-panel" aria-labelledby={`story-tab-${tab}`}>
        {tab === 'graph' ? <GraphPanel {...panel} /> : tab === 'timeline' ? <TimelinePanel {...panel} /> : <FiguresPanel {...panel} />}
      </div>
    </section>
  )
}
