import { useEffect, useState, type RefObject } from 'react'
import type { MentionSpan } from '../reader/BlockText'

export interface OpenCard {
  span: MentionSpan
  rect: { top: number; bottom: number; left: number }
  /** Opened from the keyboard: the card takes the focus. From the pointer it must not (that would end a selection). */
  viaKeyboard: boolean
}

/** Hovering waits this long before the card opens, so moving the pointer across a line is quiet. */
const HOVER_DELAY_MS = 350

/**
 * Opens a mention's card on hover (after a short delay), on click and when the mention takes the
 * keyboard focus; closes it when the pointer leaves both, on Escape, or when the focus moves on.
 */
export function useMentionCard(container: RefObject<HTMLElement | null>, spans: readonly MentionSpan[]): [OpenCard | null, () => void] {
  const [card, setCard] = useState<OpenCard | null>(null)
  useEffect(() => {
    const el = container.current
    if (!el) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const spanOf = (target: EventTarget | null): { span: MentionSpan; node: HTMLElement } | null => {
      const node = (target as Element | null)?.closest?.<HTMLElement>('.ent[data-mention-start]')
      if (!node) return null
      const start = Number(node.dataset['mentionStart'])
      const span = spans.find((s) => s.start === start)
      return span ? { span, node } : null
    }
    // While text is selected the selection toolbar is what the reader is using: no card over it.
    const selecting = (): boolean => Boolean(document.getSelection()?.toString())
    const open = (found: { span: MentionSpan; node: HTMLElement }, viaKeyboard = false): void => {
      if (!viaKeyboard && selecting()) return
      const r = found.node.getBoundingClientRect()
      setCard({ span: found.span, rect: { top: r.top, bottom: r.bottom, left: r.left }, viaKeyboard })
    }
    const onOver = (event: MouseEvent): void => {
      clearTimeout(timer)
      const found = spanOf(event.target)
      // The hover delay runs out after a drag has begun: `open` looks at the selection again then.
      if (found && !selecting()) timer = setTimeout(() => open(found), HOVER_DELAY_MS)
    }
    const onClick = (event: MouseEvent): void => {
      const found = spanOf(event.target)
      if (found && !(event.target as Element).closest('mark.hl')) open(found)
    }
    const onFocus = (event: FocusEvent): void => {
      // Only keyboard focus: a mouse press on a mention also focuses it, and that is not a request for its card.
      const found = spanOf(event.target)
      if (found && found.node.matches(':focus-visible')) open(found, true)
    }
    const onScroll = (): void => setCard(null)
    // A selection that begins while a hover card is open (or about to open) closes it.
    const onSelection = (): void => {
      if (!selecting()) return
      clearTimeout(timer)
      setCard((open) => (open && !open.viaKeyboard ? null : open))
    }
    document.addEventListener('selectionchange', onSelection)
    el.addEventListener('mouseover', onOver)
    el.addEventListener('click', onClick)
    el.addEventListener('focusin', onFocus)
    el.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      clearTimeout(timer)
      el.removeEventListener('mouseover', onOver)
      el.removeEventListener('click', onClick)
      el.removeEventListener('focusin', onFocus)
      el.removeEventListener('scroll', onScroll)
      document.removeEventListener('selectionchange', onSelection)
    }
  }, [container, spans])
  return [card, () => setCard(null)]
}

/** Moves the keyboard focus to the next (or previous) mention in reading order. */
export function focusNextMention(container: HTMLElement, direction: 1 | -1): void {
  const targets = [...container.querySelectorAll<HTMLElement>('[data-mention-target]')]
  if (targets.length === 0) return
  const at = targets.indexOf(document.activeElement as HTMLElement)
  const next = targets[at === -1 ? (direction === 1 ? 0 : targets.length - 1) : (at + direction + targets.length) % targets.length]
  next?.focus()
  next?.scrollIntoView({ block: 'center' })
}
