import type { ReactNode } from 'react'
import { useI18n } from '../i18n/I18nProvider'

export type View = 'reader' | 'all-highlights'

interface Props {
  view: View
  panelOpen: boolean
  onView: (view: View) => void
  onTogglePanel: () => void
  onSettings: () => void
  onShortcuts: () => void
}

export function TopBar({ view, panelOpen, onView, onTogglePanel, onSettings, onShortcuts }: Props): ReactNode {
  const i18n = useI18n()
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
      <span className="topbar-actions">
        {view === 'reader' ? (
          <>
            <button type="button" className="button" aria-pressed={panelOpen} onClick={onTogglePanel} aria-keyshortcuts="M" data-action="toggle-highlights">
              {i18n.t('highlights.togglePanel')}
            </button>
            <button type="button" className="button" onClick={() => onView('all-highlights')} aria-keyshortcuts="A" data-action="all-highlights">
              {i18n.t('highlights.all')}
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={() => onView('reader')} data-action="back-to-reading">
            {i18n.t('highlights.backToReading')}
          </button>
        )}
        <button type="button" className="button" onClick={onShortcuts} aria-keyshortcuts="?" data-action="shortcuts">
          {i18n.t('toolbar.shortcuts')}
        </button>
        <button type="button" className="button" onClick={onSettings} aria-keyshortcuts="Control+," data-action="settings">
          {i18n.t('toolbar.settings')}
        </button>
      </span>
    </header>
  )
}
