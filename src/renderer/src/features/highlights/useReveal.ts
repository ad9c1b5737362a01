import { useEffect, type RefObject } from 'react'
import type { Reveal } from '../../ui/views'
import { flashRange } from '../search/flash'
import { rangeOf } from './dom-offsets'

/**
 * Shows what was asked for once the article is open: a range (a mention, a cited passage) is
 * selected and flashed, a highlight is scrolled to and focused. Waits until `ready` (the mentions
 * drawn): drawing them replaces the text nodes, which would drop a selection or focus made before.
 */
export function useReveal(
  scroller: RefObject<HTMLElement | null>,
  reveal: Reveal | null,
  ready: boolean,
  targetOf: (id: string) => HTMLElement | null,
  onRevealed: () => void,
  /** Changes when the highlights are redrawn: a highlight's target may appear only then. */
  drawn: unknown,
): void {
  useEffect(() => {
    if (!reveal || !scroller.current || !ready) return
    if (reveal.kind === 'range') {
      const range = rangeOf(scroller.current, reveal.start, reveal.end)
      if (!range) return
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' })
      document.getSelection()?.removeAllRanges()
      document.getSelection()?.addRange(range)
      flashRange(range)
      return onRevealed()
    }
    const target = targetOf(reveal.id)
    if (!target) return
    target.scrollIntoView({ block: 'center' })
    target.focus()
    onRevealed()
  }, [scroller, reveal, targetOf, onRevealed, drawn, ready])
}
