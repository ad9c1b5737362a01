import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import type { HighlightColor } from '../../../../core/store/annotations'
import { useI18n } from '../../i18n/I18nProvider'
import { COLORS } from './colors'
import { columnBox, placeToolbar, TOOLBAR_GAP } from './toolbar-placement'
import type { ArticleSelection } from './useArticleSelection'

interface Props {
  selection: ArticleSelection
  /** Set while an orphan waits to be re-attached: the toolbar then offers "attach here". */
  reattaching: boolean
  onColor: (color: HighlightColor) => void
  onComment: () => void
  onCopy: () => void
  onAttach: () => void
  onNewEntity: () => void
  onLinkEntity: () => void
}

/**
 * A small toolbar under the selection: five colours (keys 1–5), comment, copy with citation, new or
 * linked entity. It is measured once rendered and kept inside the reading column (#reader).
 */
export function SelectionToolbar({ selection, reattaching, onColor, onComment, onCopy, onAttach, onNewEntity, onLinkEntity }: Props): ReactNode {
  const i18n = useI18n()
  const ref = useRef<HTMLDivElement>(null)
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null)
  const column = columnBox(document.getElementById('reader'))
  const maxInlineSize = column.right - column.left - 2 * TOOLBAR_GAP
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect()
    if (box) setPlace(placeToolbar(selection.rect, box, columnBox(document.getElementById('reader'))))
  }, [selection.rect, reattaching])
  // onMouseDown prevents the button from taking the selection away before the click lands.
  return (
    <div
      ref={ref}
      className="selection-toolbar"
      role="toolbar"
      aria-label={i18n.t('highlight.toolbar')}
      // Laid out unseen first, then placed from its own measured size before the browser paints.
      style={place ? { ...place, maxInlineSize } : { top: 0, left: 0, maxInlineSize, visibility: 'hidden' }}
      onMouseDown={(e) => e.preventDefault()}
    >
      {reattaching ? (
        <button type="button" className="button" onClick={onAttach}>
          {i18n.t('highlight.attachHere')}
        </button>
      ) : (
        <>
          {COLORS.map((color, index) => (
            <button
              key={color}
              type="button"
              className={`swatch-button hl-${color}`}
              data-color={color}
              title={`${i18n.t(`color.${color}`)} (${index + 1})`}
              aria-label={i18n.t(`color.${color}`)}
              aria-keyshortcuts={String(index + 1)}
              onClick={() => onColor(color)}
            />
          ))}
          <button type="button" className="button" onClick={onComment} aria-keyshortcuts="C">
            {i18n.t('highlight.comment')}
          </button>
          <button type="button" className="button" onClick={onCopy}>
            {i18n.t('highlight.copy')}
          </button>
          <button type="button" className="button" onClick={onNewEntity} data-action="new-entity-from-selection">
            {i18n.t('entities.new')}
          </button>
          <button type="button" className="button" onClick={onLinkEntity} data-action="link-entity">
            {i18n.t('entity.linkHere')}
          </button>
        </>
      )}
    </div>
  )
}
