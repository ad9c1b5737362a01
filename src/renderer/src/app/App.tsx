import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import type { Session } from '../../../shared/api'
import type { ApiError } from '../../../shared/result'
import type { PassageLink } from '../../../core/briefing/deep-link'
import { themeChoices, FONT_SIZE } from '../../../core/store/settings-values'
import type { ReanchorReport } from '../../../core/highlights/anchored'
import type { StoreNotice } from '../../../core/store/notices'
import { ExportDialog } from '../features/briefing/ExportDialog'
import { useOpenLinks } from '../features/briefing/useOpenLinks'
import { EntitiesView } from '../features/entities/EntitiesView'
import { EntityPageView } from '../features/entities/EntityPageView'
import { AllHighlights } from '../features/highlights/AllHighlights'
import { NewNamesView } from '../features/new-names/NewNamesView'
import { useNewNamesCount } from '../features/new-names/useNewNamesCount'
import { NotesView } from '../features/notes/NotesView'
import { StoryView } from '../features/story/StoryView'
import { Library } from '../features/library/Library'
import { LibraryActions, LibraryDeskViews, useLibraryDesk } from '../features/library/useLibraryDesk'
import { openHit } from '../features/search/open-hit'
import type { ReaderHandle } from '../features/reader/Reader'
import type { Position } from '../features/reader/reading-position'
import { SettingsDialog } from '../features/settings/SettingsDialog'
import { I18nProvider } from '../i18n/I18nProvider'
import { api } from '../lib/api'
import { ShortcutsDialog } from './dialogs/ShortcutsDialog'
import { NoticeList } from './NoticeList'
import { ReaderPane } from './ReaderPane'
import { useToast } from './Toast'
import { TopBar } from './TopBar'
import { useEntities } from './useEntities'
import type { Reveal, View } from '../ui/views'
import { withNotice, type Notice } from './notices'
import { useShortcuts, type ShortcutAction } from './shortcuts'
import { useArticle } from './useArticle'
import { useStartupNotices } from './useStartupNotices'
import { useBootstrap, type Bootstrap } from './useBootstrap'
import { useSettings } from './useSettings'

export function App(): ReactNode {
  const boot = useBootstrap()
  if (boot.status === 'loading') return <p className="splash">…</p>
  if (boot.status === 'failed') {
    return (
      <p className="splash" role="alert" dir="auto">
        {boot.reason}
      </p>
    )
  }
  return <Desk boot={boot.data} />
}

const noticeOf = (error: ApiError): Notice =>
  error.code === 'write-failed' || error.code === 'read-only'
    ? { kind: error.code === 'read-only' ? 'read-only' : 'write-failed', document: 'settings', reason: error.message }
    : { kind: 'request-failed', reason: error.message }

/** The reading desk: library beside the reader, settings and shortcuts on top. */
function Desk({ boot }: { boot: Bootstrap }): ReactNode {
  const [notices, setNotices] = useState<Notice[]>(boot.startup.notices)
  const report = useCallback((error: ApiError) => setNotices((list) => withNotice(list, noticeOf(error))), [])
  const [settings, updateSettings] = useSettings(boot.settings, report)
  const [positions, setPositions] = useState<Session['positions']>(boot.session.positions)
  const [activeId, setActiveId] = useState<string | null>(() => {
    const last = boot.session.lastArticleId
    const first = boot.library.articles
    return last && first.some((a) => a.id === last) ? last : (first[0]?.id ?? null)
  })
  // A removed article that was open leaves the reader.
  const desk = useLibraryDesk(boot.library, report, (id) => setActiveId((current) => (current === id ? null : current)))
  const articles = desk.library.articles
  const [dialog, setDialog] = useState<'settings' | 'shortcuts' | 'export' | null>(null)
  // A dialog's close event arrives after Escape: it must not close a dialog opened meanwhile.
  const closeDialog = (which: 'settings' | 'shortcuts' | 'export'): void => setDialog((open) => (open === which ? null : open))
  const [view, setView] = useState<View>({ kind: 'reader' })
  const [panelOpen, setPanelOpen] = useState(true)
  const [reveal, setReveal] = useState<Reveal | null>(null)
  const { entities, reload: reloadEntities } = useEntities(report)
  // The article whose text should take the focus when it opens (opened from the keyboard or the library).
  const [focusOnOpen, setFocusOnOpen] = useState<string | null>(null)
  const [toastView, toast] = useToast()
  const onRevealed = useCallback(() => setReveal(null), [])
  const onFocused = useCallback(() => setFocusOnOpen(null), [])
  const onNotices = useCallback((fresh: StoreNotice[]) => setNotices((list) => fresh.reduce(withNotice, list)), [])
  useStartupNotices(onNotices)
  const onReport = useCallback(
    (report: ReanchorReport, title: string) => setNotices((list) => withNotice(list, { kind: 'reanchored', title, ...report })),
    [],
  )
  const reader = useRef<ReaderHandle>(null)
  const current = useArticle(activeId)
  const newNames = useNewNamesCount(entities, desk.library, report)
  // The reader's suggestions and the inboxes come from the library-wide pass: when a pass lands (the
  // first one, or one after an import) the count changes, and everything that depends on the registry
  // is fetched again.
  useEffect(() => {
    if (newNames !== null) void reloadEntities()
  }, [newNames, reloadEntities])

  useEffect(() => {
    document.documentElement.dataset['theme'] = settings.theme
  }, [settings.theme])

  const open = useCallback((id: string, focusReader = true) => {
    setFocusOnOpen(focusReader ? id : null)
    setView({ kind: 'reader' })
    setActiveId(id)
  }, [])

  /** Opens an article with a range of it revealed (a concordance line, an example sentence). */
  const jumpToRange = useCallback(
    (articleId: string, start: number, end: number) => {
      setReveal({ kind: 'range', start, end })
      open(articleId, false)
    },
    [open],
  )

  // A daftar:// link (a briefing's citation): open the article with the cited passage selected.
  const openLink = useCallback(
    (link: PassageLink) => {
      if (!articles.some((a) => a.id === link.articleId)) return report({ code: 'not-found', message: `No article with id "${link.articleId}".` })
      setDialog((d) => (d === 'export' ? null : d))
      if (link.range) setReveal({ kind: 'range', start: link.range.start, end: link.range.end })
      open(link.articleId, false)
    },
    [articles, open, report],
  )
  useOpenLinks(openLink)

  const savePosition = useCallback(
    (id: string, position: Position) => {
      setPositions((all) => ({ ...all, [id]: { ...position, updatedAt: new Date().toISOString() } }))
      void api.saveReadingPosition(id, position).then((result) => {
        if (!result.ok) report(result.error)
      })
    },
    [report],
  )

  const step = useCallback(
    (delta: number) => {
      const at = articles.findIndex((a) => a.id === activeId)
      const next = articles[Math.max(0, Math.min(articles.length - 1, at + delta))]
      if (next) open(next.id)
    },
    [articles, activeId, open],
  )

  const run = useCallback(
    (action: ShortcutAction) => {
      switch (action) {
        case 'next-article':
          return step(1)
        case 'previous-article':
          return step(-1)
        case 'focus-library':
          return (document.querySelector<HTMLElement>('.library-button[aria-current="page"]') ?? document.querySelector<HTMLElement>('.library-button'))?.focus()
        case 'focus-reader':
          return reader.current?.focus()
        case 'scroll-down':
          return reader.current?.scrollBy(3)
        case 'scroll-up':
          return reader.current?.scrollBy(-3)
        case 'open-settings':
          return setDialog('settings')
        case 'show-help':
          return setDialog('shortcuts')
        case 'font-larger':
          return updateSettings({ fontSize: Math.min(FONT_SIZE.max, settings.fontSize + 1) })
        case 'font-smaller':
          return updateSettings({ fontSize: Math.max(FONT_SIZE.min, settings.fontSize - 1) })
        case 'cycle-theme':
          return updateSettings({ theme: themeChoices[(themeChoices.indexOf(settings.theme) + 1) % themeChoices.length] })
        case 'toggle-highlights':
          return setPanelOpen((open) => !open)
        case 'all-highlights':
          return setView((v) => (v.kind === 'highlights' ? { kind: 'reader' } : { kind: 'highlights' }))
        case 'entities':
          return setView((v) => (v.kind === 'entities' ? { kind: 'reader' } : { kind: 'entities' }))
        case 'notes':
          return setView((v) => (v.kind === 'notes' ? { kind: 'reader' } : { kind: 'notes' }))
      }
    },
    [step, settings, updateSettings],
  )
  useShortcuts(run)

  return (
    <I18nProvider locale={settings.locale}>
      <div className="desk">
        <TopBar
          view={view}
          panelOpen={panelOpen}
          onView={setView}
          onTogglePanel={() => setPanelOpen((o) => !o)}
          onSettings={() => setDialog('settings')}
          onShortcuts={() => setDialog('shortcuts')}
          onExport={() => setDialog('export')}
          newNames={newNames}
        />
        <NoticeList notices={notices} onDismiss={(index) => setNotices((list) => list.filter((_, i) => i !== index))} />
        <div className="panes">
          <Library
            library={desk.library}
            activeId={activeId}
            positions={positions}
            onOpen={open}
            entities={entities}
            actions={<LibraryActions desk={desk} />}
            onRemove={desk.askRemove}
          />
          {view.kind === 'highlights' ? (
            <AllHighlights
              onJump={(articleId, highlightId) => {
                setReveal({ kind: 'highlight', id: highlightId })
                open(articleId, false)
              }}
              onError={report}
            />
          ) : view.kind === 'entities' ? (
            <EntitiesView entities={entities} onOpen={(id) => setView({ kind: 'entity', id })} onChanged={reloadEntities} onError={report} />
          ) : view.kind === 'new-names' ? (
            <NewNamesView entities={entities} library={desk.library} onChanged={reloadEntities} onJump={jumpToRange} onError={report} />
          ) : view.kind === 'entity' ? (
            <EntityPageView
              key={view.id}
              id={view.id}
              entities={entities}
              onChanged={reloadEntities}
              onGone={() => setView({ kind: 'entities' })}
              onOpenEntity={(id) => setView({ kind: 'entity', id })}
              onJump={jumpToRange}
              onJumpHighlight={(articleId, highlightId) => {
                setReveal({ kind: 'highlight', id: highlightId })
                open(articleId, false)
              }}
              onOpenNote={(noteId) => setView({ kind: 'notes', noteId })}
              onNewNote={(id) => setView({ kind: 'notes', attach: { kind: 'entity', id }, nonce: Date.now() })}
              onOpenStory={(entityId, tab) => setView({ kind: 'story', tab, entityId })}
              onError={report}
            />
          ) : view.kind === 'story' ? (
            <StoryView
              tab={view.tab}
              onTab={(tab) => setView({ ...view, tab })}
              entities={entities}
              library={desk.library}
              entityId={view.entityId ?? null}
              onFocusEntity={(id) => setView(id ? { kind: 'story', tab: view.tab, entityId: id } : { kind: 'story', tab: view.tab })}
              onOpenEntity={(id) => setView({ kind: 'entity', id })}
              onJump={jumpToRange}
              onError={report}
            />
          ) : view.kind === 'notes' ? (
            <NotesView
              key={`${view.noteId ?? ''}:${view.attach?.id ?? ''}:${view.nonce ?? 0}`}
              onOpenArticle={(articleId) => open(articleId)}
              entities={entities}
              initialNoteId={view.noteId ?? null}
              attach={view.attach ?? null}
              onOpenEntity={(id) => setView({ kind: 'entity', id })}
              onError={report}
              toast={toast}
            />
          ) : (
            <ReaderPane
              state={current}
              settings={settings}
              positions={positions}
              onPosition={savePosition}
              readerRef={reader}
              panelOpen={panelOpen}
              reveal={reveal}
              onRevealed={onRevealed}
              onError={report}
              onReport={onReport}
              onNotices={onNotices}
              toast={toast}
              focusOnOpen={focusOnOpen}
              onFocused={onFocused}
              entities={entities}
              onEntitiesChanged={reloadEntities}
              onOpenEntity={(id) => setView({ kind: 'entity', id })}
              onNewNote={(attach) => setView({ kind: 'notes', attach, nonce: Date.now() })}
              onJump={jumpToRange}
            />
          )}
        </div>
        <SettingsDialog open={dialog === 'settings'} settings={settings} onChange={updateSettings} onClose={() => closeDialog('settings')} />
        <ShortcutsDialog open={dialog === 'shortcuts'} onClose={() => closeDialog('shortcuts')} />
        <ExportDialog
          open={dialog === 'export'}
          onClose={() => closeDialog('export')}
          entities={entities}
          articles={articles}
          last={settings.lastBriefing}
          onRemember={(lastBriefing) => updateSettings({ lastBriefing })}
          onOpenLink={openLink}
          onError={report}
          toast={toast}
        />
        <LibraryDeskViews
          desk={desk}
          onOpen={(id) => open(id)}
          onOpenHit={(hit, snippet) => openHit(hit, snippet, { reveal: setReveal, openArticle: open, view: setView })}
        />
        {toastView}
      </div>
    </I18nProvider>
  )
}
