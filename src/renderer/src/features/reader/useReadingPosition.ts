import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { measurePosition, restorePosition, type Position } from './reading-position'

const SAVE_AFTER_MS = 400

/**
 * Restores the saved position when an article opens (again once web fonts have loaded, since they
 * change line breaks), then reports the position while the user reads: throttled to one save per
 * pause in scrolling, plus a final save when the article closes.
 */
export function useReadingPosition(
  container: RefObject<HTMLElement | null>,
  articleId: string,
  initialOffset: number,
  save: (id: string, position: Position) => void,
): number {
  const [progress, setProgress] = useState(0)
  const last = useRef<Position | null>(null)

  useLayoutEffect(() => {
    const el = container.current
    if (!el) return
    restorePosition(el, initialOffset)
    let cancelled = false
    void document.fonts.ready.then(() => {
      if (cancelled) return
      restorePosition(el, initialOffset)
      const position = measurePosition(el)
      setProgress(position.progress)
      save(articleId, position) // also records this as the last article opened
    })
    return () => {
      cancelled = true
    }
    // Only when the article changes: later offsets come from the user's own scrolling.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [articleId])

  useEffect(() => {
    const el = container.current
    if (!el) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const onScroll = (): void => {
      const position = measurePosition(el)
      setProgress(position.progress)
      last.current = position
      clearTimeout(timer)
      timer = setTimeout(() => save(articleId, position), SAVE_AFTER_MS)
    }
    el.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      el.removeEventListener('scroll', onScroll)
      clearTimeout(timer)
      if (last.current) save(articleId, last.current)
      last.current = null
    }
  }, [container, articleId, save])

  return progress
}
