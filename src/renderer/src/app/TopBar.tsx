import type { ReactNode } from 'react'
import { useI18n } from '../i18n/I18nProvider'
import type { View } from '../ui/views'

interface Props {
  view: View
  panelOpen: boolean
  onView: (view: View) => void
  onTogglePanel: () => void
  onSettings: () => void
  onShortcuts: () => void
  onExport: () => void
  /** Names discovery proposes and the user has not decided on yet (null while unknown). */
  newNames: number | null
}

/** The app's top bar: where the reader can go (highlights, entities, notes), settings and help. */
export function TopBar({ view, panelOpen, onView, onTogglePanel, onSettings, onShortcuts, onExport, newNames }: Props): ReactNode {
  const i18n = useI18n()
  const at = (kind: View['kind']): { 'aria-current'?: 'page' } => (view.kind === kind ? { 'aria-current': 'page' } : {})
  return (
    <header className="topbar">
      <a className="skip-link" href="#reader">
        {i18n.t('app.skipToReader')}
      </a>
      <span className="brand">
        <span className="brand-name" lang="ar">
          دفتر
        </span>
        <span className="brand-tagline">{i18n.t('app.tagline')}</span>
      </span>
      <nav className="topbar-actions" aria-label={i18n.t('app.views')}>
        {view.kind === 'reader' ? (
          <button type="button" className="button" aria-pressed={panelOpen} onClick={onTogglePanel} aria-keyshortcuts="M" data-action="toggle-highlights">
            {i18n.t('highlights.togglePanel')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => onView({ kind: 'reader' })} data-action="back-to-reading">
            {i18n.t('highlights.backToReading')}
          </button>
        )}
        <button type="button" className="button" {...at('highlights')} onClick={() => onView({ kind: 'highlights' })} aria-keyshortcuts="A" data-action="all-highlights">
          {i18n.t('highlights.all')}
        </button>
        <button type="button" className="button" {...at('entities')} onClick={() => onView({ kind: 'entities' })} aria-keyshortcuts="G" data-action="entities">
          {i18n.t('entities.heading')}
        </button>
        <button type="button" className="button" {...at('new-names')} onClick={() => onView({ kind: 'new-names' })} data-action="new-names">
          {i18n.t('newNames.heading')}
          {newNames ? (
            <span className="badge" data-count={newNames}>
              {i18n.formatNumber(newNames)}
            </span>
          ) : null}
        </button>
        <button type="button" className="button" {...at('story')} onClick={() => onView({ kind: 'story', tab: 'graph' })} data-action="story">
          {i18n.t('story.heading')}
        </button>
        <button type="button" className="button" {...at('notes')} onClick={() => onView({ kind: 'notes' })} aria-keyshortcuts="O" data-action="notes">
          {i18n.t('notes.heading')}
        </button>
        <button type="button" className="button" onClick={onExport} data-action="export-briefing">
          {i18n.t('briefing.open')}
        </button>
        <button type="button" className="button" onClick={onShortcuts} aria-keyshortcuts="?" data-action="shortcuts">
          {i18n.t('toolbar.shortcuts')}
        </button>
        <button type="button" className="button" onClick={onSettings} aria-keyshortcuts="Control+," data-action="settings">
          {i18n.t('toolbar.settings')}
        </button>
      </nav>
    </header>
  )
}
