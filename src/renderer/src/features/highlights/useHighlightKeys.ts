import { useEffect } from 'react'
import type { HighlightColor } from '../../../../core/store/annotations'
import { colorForKey } from './colors'
import { extendSelection, placeCaret, selectionKey } from './keyboard-selection'

export interface HighlightKeyHandlers {
  hasSelection: () => boolean
  reattaching: () => boolean
  onColor: (color: HighlightColor) => void
  onRepeatColor: () => void
  onComment: () => void
  onAttach: () => void
  onClearSelection: () => void
  /** Escape with a highlight's card open and the focus outside it (after a click on the mark): close it; false when none is open. */
  onCloseCard: () => boolean
  /** A highlight wrapper has the focus: open its card, recolour or delete it. */
  onFocusedOpen: (id: string) => void
  onFocusedColor: (id: string, color: HighlightColor) => void
  onFocusedDelete: (id: string) => void
  onUndo: () => void
  onNextMention: (direction: 1 | -1) => void
  caretContainer: () => HTMLElement | null
}

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

const focusedHighlight = (): string | null => (document.activeElement as HTMLElement | null)?.dataset?.['focusId'] ?? null

/** Moves the focus to the next (or previous) highlight in reading order. */
export function focusNextHighlight(container: HTMLElement, direction: 1 | -1): void {
  const targets = [...container.querySelectorAll<HTMLElement>('[data-focus-target]')]
  if (targets.length === 0) return
  const at = targets.indexOf(document.activeElement as HTMLElement)
  const next = targets[at === -1 ? (direction === 1 ? 0 : targets.length - 1) : (at + direction + targets.length) % targets.length]
  next?.focus()
  next?.scrollIntoView({ block: 'center' })
}

/**
 * Keys of the reading desk that act on selections and highlights. Registered in the capture phase
 * so they run before the global shortcuts (which skip events already handled). Letters follow the
 * physical key (`code`), as the other shortcuts do, so an Arabic layout works.
 */
export function useHighlightKeys(handlers: HighlightKeyHandlers): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return
      const plain = !event.ctrlKey && !event.altKey && !event.metaKey
      const handled = (): void => {
        event.preventDefault()
        event.stopPropagation()
      }
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.code === 'KeyZ') return (handled(), handlers.onUndo())
      if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
        const container = handlers.caretContainer()
        if (container) focusNextHighlight(container, event.key === 'ArrowDown' ? 1 : -1)
        return handled()
      }
      const extend = selectionKey(event)
      if (extend && (handlers.hasSelection() || document.getSelection()?.rangeCount)) {
        if (extendSelection(extend.direction, extend.granularity)) return handled()
      }
      if (!event.ctrlKey && !event.altKey && !event.metaKey && event.code === 'KeyE' && !handlers.hasSelection()) {
        return (handled(), handlers.onNextMention(event.shiftKey ? -1 : 1))
      }
      if (plain && !event.shiftKey && event.code === 'KeyV') {
        const container = handlers.caretContainer()
        if (container && placeCaret(container)) return handled()
      }
      const digit = plain && !event.shiftKey ? colorForKey(event.code.replace(/^(Digit|Numpad)/, '')) : null
      if (handlers.hasSelection()) {
        if (handlers.reattaching() && event.key === 'Enter') return (handled(), handlers.onAttach())
        if (digit) return (handled(), handlers.onColor(digit))
        if (plain && event.code === 'KeyH') return (handled(), handlers.onRepeatColor())
        if (plain && event.code === 'KeyC') return (handled(), handlers.onComment())
        if (event.key === 'Escape') return (handled(), handlers.onClearSelection())
        return
      }
      if (event.key === 'Escape' && handlers.onCloseCard()) return handled()
      const focused = focusedHighlight()
      if (!focused) return
      if (event.key === 'Enter' || event.key === ' ') return (handled(), handlers.onFocusedOpen(focused))
      if (digit) return (handled(), handlers.onFocusedColor(focused, digit))
      if (event.key === 'Delete' || event.key === 'Backspace') return (handled(), handlers.onFocusedDelete(focused))
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [handlers])
}
