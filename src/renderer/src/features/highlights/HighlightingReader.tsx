import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react'
import type { Article } from '../../../../core/corpus/types'
import type { Entity } from '../../../../core/entities/types'
import type { AnchoredHighlight, ReanchorReport } from '../../../../core/highlights/anchored'
import type { HighlightColor } from '../../../../core/store/annotations'
import type { Attachment } from '../../../../core/store/notes'
import type { StoreNotice } from '../../../../core/store/notices'
import type { ReadingSettings } from '../../../../core/store/settings'
import type { ApiError } from '../../../../shared/result'
import { useI18n } from '../../i18n/I18nProvider'
import type { Reveal } from '../../ui/views'
import { EntityLayer } from '../entities/EntityLayer'
import { focusNextMention } from '../entities/useMentionCard'
import { useReaderEntities } from '../entities/useReaderEntities'
import { ReaderSidePanel } from '../new-names/ReaderSidePanel'
import { useArticleNewNames } from '../new-names/useArticleNewNames'
import { Reader, type ReaderHandle } from '../reader/Reader'
import type { Position } from '../reader/reading-position'
import { citation } from './citation'
import { copyText } from './clipboard'
import { HighlightCard } from './HighlightCard'
import { HighlightDescriptions } from './HighlightDescriptions'
import { HighlightsPanel } from './HighlightsPanel'
import { SelectionKeeper } from './SelectionKeeper'
import { SelectionToolbar } from './SelectionToolbar'
import { currentSelectionOffsets, useArticleSelection } from './useArticleSelection'
import { useBlockMarks } from './useBlockMarks'
import { useHighlightKeys } from './useHighlightKeys'
import { useHighlights } from './useHighlights'
import { useReveal } from './useReveal'

export interface HighlightingReaderProps {
  article: Article
  settings: ReadingSettings
  initialOffset: number
  onPosition: (id: string, position: Position) => void
  readerRef: RefObject<ReaderHandle | null>
  panelOpen: boolean
  /** What to show once the article is open: a highlight (from a list) or a range (a mention, a link). */
  reveal: Reveal | null
  onRevealed: () => void
  onError: (error: ApiError) => void
  onReport: (report: ReanchorReport, title: string) => void
  onNotices: (notices: StoreNotice[]) => void
  toast: (message: string) => void
  /** When this is the open article's id, its text takes the focus once it is on screen. */
  focusOnOpen: string | null
  onFocused: () => void
  entities: readonly Entity[]
  onEntitiesChanged: () => Promise<void>
  onOpenEntity: (id: string) => void
  /** Opens a new note attached to this article or one of its highlights. */
  onNewNote: (attach: Attachment) => void
  /** Opens an article (this one too) with a range revealed: an example sentence of a proposed name. */
  onJump: (articleId: string, start: number, end: number) => void
}

const rectOf = (el: Element): { top: number; bottom: number; left: number; right: number } => {
  const r = el.getBoundingClientRect()
  return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }
}

/**
 * The reader with everything about highlights around it: the selection toolbar, the card of the
 * active highlight, the panel of this article's highlights and orphans, keyboard handling and undo.
 */
export function HighlightingReader({
  article,
  settings,
  initialOffset,
  onPosition,
  readerRef,
  panelOpen,
  reveal,
  onRevealed,
  onError,
  onReport,
  onNotices,
  toast,
  focusOnOpen,
  onFocused,
  entities,
  onEntitiesChanged,
  onOpenEntity,
  onNewNote,
  onJump,
}: HighlightingReaderProps): ReactNode {
  const i18n = useI18n()
  const scroller = useRef<HTMLElement | null>(null)
  const { highlights, report, actions } = useHighlights(article, onError, onNotices)
  const selection = useArticleSelection(scroller, article.text)
  const [active, setActive] = useState<{ id: string; focusComment: boolean } | null>(null)
  const [reattachingId, setReattachingId] = useState<string | null>(null)
  const [lastColor, setLastColor] = useState<HighlightColor>('yellow')
  const [cardRect, setCardRect] = useState<ReturnType<typeof rectOf> | null>(null)
  const entityLayer = useReaderEntities(article.id, entities, settings.underlines, scroller, onError)
  const newNames = useArticleNewNames(article.id, entities, onEntitiesChanged, onError)
  const marks = useBlockMarks(article.blocks, highlights, active?.id ?? null, entityLayer.spans)

  useEffect(() => {
    if (focusOnOpen !== article.id || !scroller.current) return
    scroller.current.focus()
    onFocused()
  }, [focusOnOpen, article.id, onFocused])

  useEffect(() => {
    if (report) onReport(report, article.meta.title)
  }, [report, onReport, article.meta.title])

  const targetOf = useCallback(
    (id: string) => scroller.current?.querySelector<HTMLElement>(`[data-focus-target][data-focus-id="${CSS.escape(id)}"]`) ?? null,
    [],
  )

  // Keep the card beside its highlight while the reader scrolls.
  useEffect(() => {
    if (!active) return
    const place = (): void => {
      const target = targetOf(active.id)
      setCardRect(target ? rectOf(target) : null)
    }
    place()
    const el = scroller.current
    el?.addEventListener('scroll', place, { passive: true })
    return () => el?.removeEventListener('scroll', place)
  }, [active, targetOf, highlights])

  useReveal(scroller, reveal, entityLayer.ready, targetOf, onRevealed, highlights)

  const clearSelection = (): void => document.getSelection()?.removeAllRanges()
  /** The selection as it is now; the state's copy when a click on the toolbar has already collapsed it. */
  const selected = (): { start: number; end: number } | null => currentSelectionOffsets(scroller.current, article.text) ?? selection

  const create = async (color: HighlightColor, openComment = false): Promise<void> => {
    const range = selected()
    if (!range) return
    setLastColor(color)
    const created = await actions.create(range.start, range.end, color)
    clearSelection()
    const first = created?.[0]
    if (first && openComment) setActive({ id: first.id, focusComment: true })
  }

  const copySelection = (start: number, end: number): void => {
    void copyText(citation(article.text.slice(start, end), article.id, article.meta, start, end)).then(
      (copied) => copied && toast(i18n.t('toast.copied')),
    )
  }

  const attach = async (): Promise<void> => {
    const range = selected()
    if (!range || !reattachingId) return
    await actions.reattach(reattachingId, range.start, range.end)
    setReattachingId(null)
    clearSelection()
  }

  const remove = useCallback(
    async (id: string): Promise<void> => {
      await actions.remove(id)
      setActive(null)
      readerRef.current?.focus()
    },
    [actions, readerRef],
  )
  const deleteOrphan = useCallback((id: string) => void remove(id), [remove])
  const jump = useCallback(
    (h: AnchoredHighlight) => {
      const target = targetOf(h.id)
      target?.scrollIntoView({ block: 'center' })
      target?.focus()
      setActive({ id: h.id, focusComment: false })
    },
    [targetOf],
  )

  const undo = async (): Promise<void> => {
    const label = await actions.undo()
    toast(i18n.t(label ? 'toast.undone' : 'toast.nothingToUndo'))
  }

  useHighlightKeys({
    hasSelection: () => selected() !== null,
    reattaching: () => reattachingId !== null,
    onColor: (color) => void create(color),
    onRepeatColor: () => void create(lastColor),
    onComment: () => void create(lastColor, true),
    onAttach: () => void attach(),
    onClearSelection: clearSelection,
    onCloseCard: () => {
      if (!active) return false
      setActive(null)
      targetOf(active.id)?.focus()
      return true
    },
    onFocusedOpen: (id) => setActive({ id, focusComment: false }),
    onFocusedColor: (id, color) => {
      setLastColor(color)
      void actions.update(id, { color })
    },
    onFocusedDelete: (id) => void remove(id),
    onUndo: () => void undo(),
    onNextMention: (direction) => scroller.current && focusNextMention(scroller.current, direction),
    caretContainer: () => scroller.current,
  })

  const activeHighlight = active ? highlights.find((h) => h.id === active.id) : undefined

  return (
    <div className={`workspace${panelOpen ? ' with-panel' : ''}`}>
      <SelectionKeeper root={scroller} marks={marks}>
        <Reader
          key={article.id}
          ref={readerRef}
          article={article}
          settings={settings}
          initialOffset={initialOffset}
          onPosition={onPosition}
          scrollerRef={scroller}
          marks={marks}
          onMarkClick={(id) => setActive({ id, focusComment: false })}
          onNewNote={() => onNewNote({ kind: 'article', id: article.id })}
        />
      </SelectionKeeper>
      {panelOpen ? (
        <ReaderSidePanel
          highlightCount={highlights.filter((h) => h.anchor).length}
          names={newNames}
          entities={entities}
          onJump={onJump}
          highlights={
            <HighlightsPanel
              highlights={highlights}
              activeId={active?.id ?? null}
              reattachingId={reattachingId}
              onJump={jump}
              onReattach={setReattachingId}
              onDeleteOrphan={deleteOrphan}
            />
          }
        />
      ) : null}
      {reattachingId ? (
        <p className="reattach-banner" role="status">
          {i18n.t('highlights.reattachBanner')}
        </p>
      ) : null}
      {selection ? (
        <SelectionToolbar
          selection={selection}
          reattaching={reattachingId !== null}
          onColor={(color) => void create(color)}
          onComment={() => void create(lastColor, true)}
          onCopy={() => copySelection(selection.start, selection.end)}
          onAttach={() => void attach()}
          onNewEntity={() => {
            // The question about the known name takes the selection toolbar's place.
            if (entityLayer.newFromSelection(selection, article.text.slice(selection.start, selection.end))) clearSelection()
          }}
          onLinkEntity={() => entityLayer.setLinking(selection)}
        />
      ) : null}
      <EntityLayer
        layer={entityLayer}
        text={article.text}
        entities={entities}
        onOpenEntity={onOpenEntity}
        onEntitiesChanged={onEntitiesChanged}
        clearSelection={clearSelection}
        onError={onError}
        newNames={newNames}
      />
      {activeHighlight?.anchor && cardRect ? (
        <HighlightCard
          key={activeHighlight.id}
          highlight={activeHighlight}
          entities={entities}
          onTag={(ids) => void actions.tag(activeHighlight.id, ids)}
          onNote={() => onNewNote({ kind: 'highlight', id: activeHighlight.id })}
          rect={cardRect}
          focusComment={active?.focusComment ?? false}
          onColor={(color) => {
            setLastColor(color)
            void actions.update(activeHighlight.id, { color })
          }}
          onComment={(comment) => void actions.update(activeHighlight.id, { comment })}
          onCopy={() => activeHighlight.anchor && copySelection(activeHighlight.anchor.start, activeHighlight.anchor.end)}
          onDelete={() => void remove(activeHighlight.id)}
          onClose={() => {
            setActive(null)
            targetOf(activeHighlight.id)?.focus()
          }}
        />
      ) : null}
      <HighlightDescriptions highlights={highlights} />
    </div>
  )
}
