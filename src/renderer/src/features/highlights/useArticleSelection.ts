import { useEffect, useState, type RefObject } from 'react'
import { selectionOffsets } from './dom-offsets'

export interface ArticleSelection {
  start: number
  end: number
  /** Where the selection ends on screen (viewport coordinates), for placing the toolbar. */
  rect: { top: number; bottom: number; left: number; right: number }
}

/**
 * The selection in the article right now, as text offsets: null when collapsed, whitespace-only or
 * outside the article. Read at the moment of a key press, because the hook's state below follows
 * selectionchange a frame late: a colour key pressed right after extending a selection must take
 * all of it, not the selection of a frame ago.
 */
export function currentSelectionOffsets(root: HTMLElement | null, text: string): { start: number; end: number } | null {
  const offsets = root ? selectionOffsets(root) : null
  return offsets && text.slice(offsets.start, offsets.end).trim() !== '' ? offsets : null
}

/**
 * The reader's current selection as text offsets, updated as the user drags or extends it.
 * Collapsed, whitespace-only and out-of-article selections give null: no toolbar, no noise.
 */
export function useArticleSelection(root: RefObject<HTMLElement | null>, text: string): ArticleSelection | null {
  const [selection, setSelection] = useState<ArticleSelection | null>(null)
  useEffect(() => {
    let frame = 0
    const measure = (): void => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const offsets = currentSelectionOffsets(root.current, text)
        const range = offsets ? document.getSelection()?.getRangeAt(0) : null
        const rects = range ? [...range.getClientRects()] : []
        const last = rects.at(-1)
        if (!offsets || !last) return setSelection(null)
        setSelection({ ...offsets, rect: { top: last.top, bottom: last.bottom, left: last.left, right: last.right } })
      })
    }
    document.addEventListener('selectionchange', measure)
    const el = root.current
    el?.addEventListener('scroll', measure, { passive: true })
    return () => {
      cancelAnimationFrame(frame)
      document.removeEventListener('selectionchange', measure)
      el?.removeEventListener('scroll', measure)
    }
  }, [root, text])
  return selection
}
