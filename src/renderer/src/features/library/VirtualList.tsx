import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'

interface Props {
  count: number
  /** Height of one row until a rendered row has been measured. */
  estimatedRowHeight: number
  renderRow: (index: number) => ReactNode
  /**
   * A row to bring into view (a new object each time, so asking for the same row again still
   * scrolls), and to focus once rendered: the element inside it marked `data-index`.
   */
  scrollTo?: { index: number; focus?: boolean } | null
  label?: string
  children?: ReactNode
  onKeyDown?: (event: KeyboardEvent<HTMLOListElement>) => void
}

/** Rows rendered beyond the visible ones on each side, so a fast scroll rarely shows a gap. */
const OVERSCAN = 6
/** Without layout (jsdom, a hidden pane) nothing can be measured: render this many rows. */
const UNMEASURED_ROWS = 40

interface Viewport {
  top: number
  height: number
  rowHeight: number
}

/**
 * A windowed list: only the rows in view (and a few around) are in the DOM, so a library of 10,000
 * articles renders ~20 rows, not 10,000. Rows have one height (the stylesheet fixes it), read from
 * a rendered row; the list is as tall as all rows together (so the scrollbar tells the truth) and
 * padded above the first rendered row by the height of the rows before it. `children` follow the
 * list inside the scroller (the failed files).
 */
export function VirtualList({ count, estimatedRowHeight, renderRow, scrollTo, label, children, onKeyDown }: Props): ReactNode {
  const scroller = useRef<HTMLDivElement>(null)
  const list = useRef<HTMLOListElement>(null)
  const [viewport, setViewport] = useState<Viewport>({ top: 0, height: 0, rowHeight: estimatedRowHeight })

  // Measured on scroll and on resize (a ResizeObserver also reports once when it starts observing).
  useEffect(() => {
    const el = scroller.current
    if (!el || typeof ResizeObserver === 'undefined') return
    const measure = (): void => {
      const row = list.current?.firstElementChild as HTMLElement | null
      const rowHeight = row && row.offsetHeight > 0 ? row.offsetHeight : estimatedRowHeight
      setViewport((v) => (v.top === el.scrollTop && v.height === el.clientHeight && v.rowHeight === rowHeight ? v : { top: el.scrollTop, height: el.clientHeight, rowHeight }))
    }
    el.addEventListener('scroll', measure, { passive: true })
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => {
      el.removeEventListener('scroll', measure)
      observer.disconnect()
    }
  }, [estimatedRowHeight])

  // A row moved to with the keyboard is focused once it is rendered (after the scroll re-renders).
  const pendingFocus = useRef<number | null>(null)
  const focusPending = (): void => {
    if (pendingFocus.current === null) return
    const target = list.current?.querySelector<HTMLElement>(`[data-index="${pendingFocus.current}"]`)
    if (!target) return
    pendingFocus.current = null
    target.focus()
  }
  useEffect(focusPending)

  // Scrolling the row into view fires a scroll event, which measures again.
  useEffect(() => {
    const el = scroller.current
    if (scrollTo?.focus) pendingFocus.current = scrollTo.index
    if (scrollTo && el && el.clientHeight > 0) {
      const { rowHeight } = viewport
      const top = scrollTo.index * rowHeight
      if (top < el.scrollTop) el.scrollTop = top
      else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight
    }
    // A row already in the DOM takes the focus now; one scrolled to, after the scroll renders it.
    focusPending()
    // Only a new request scrolls: the row height settling must not pull the list back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollTo])

  const { top, height, rowHeight } = viewport
  const measured = height > 0
  const first = measured ? Math.min(count, Math.max(0, Math.floor(top / rowHeight) - OVERSCAN)) : 0
  const last = measured ? Math.min(count, Math.ceil((top + height) / rowHeight) + OVERSCAN) : Math.min(count, UNMEASURED_ROWS)
  const rows: ReactNode[] = []
  for (let i = first; i < last; i++) rows.push(renderRow(i))

  return (
    <div className="virtual-scroller" ref={scroller}>
      <ol
        className="library-list virtual-list"
        ref={list}
        aria-label={label}
        onKeyDown={onKeyDown}
        style={measured ? { blockSize: `${count * rowHeight}px`, paddingBlockStart: `${first * rowHeight}px` } : undefined}
      >
        {rows}
      </ol>
      {children}
    </div>
  )
}
