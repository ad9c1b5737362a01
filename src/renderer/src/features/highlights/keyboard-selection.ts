/**
 * Selecting with the keyboard in a reader that is not editable. Chromium's Selection.modify moves
 * a selection by character, word, line or sentence in *visual* directions, which is what an Arabic
 * reader expects: Shift+← extends forward in right-to-left text.
 */
export type Granularity = 'character' | 'word' | 'line' | 'sentence'

type ModifiableSelection = Selection & { modify?: (alter: string, direction: string, granularity: string) => void }

export function extendSelection(direction: 'left' | 'right' | 'forward' | 'backward', granularity: Granularity): boolean {
  const selection = document.getSelection() as ModifiableSelection | null
  if (!selection || selection.rangeCount === 0 || !selection.modify) return false
  selection.modify('extend', direction, granularity)
  return true
}

/** Caret mode: puts a collapsed selection at the start of the first block visible in `container`. */
export function placeCaret(container: HTMLElement): boolean {
  const top = container.getBoundingClientRect().top
  const block = [...container.querySelectorAll<HTMLElement>('.article .block[data-start]')].find(
    (b) => b.getBoundingClientRect().bottom > top + 1,
  )
  const walker = block ? document.createTreeWalker(block, NodeFilter.SHOW_TEXT) : null
  const first = walker?.nextNode()
  const selection = document.getSelection()
  if (!first || !selection) return false
  selection.collapse(first, 0)
  return true
}

/** What a key does to a keyboard selection, or null. */
export function selectionKey(
  event: KeyboardEvent,
): { direction: 'left' | 'right' | 'forward' | 'backward'; granularity: Granularity } | null {
  if (!event.shiftKey || event.altKey || event.metaKey) return null
  const word = event.ctrlKey
  switch (event.key) {
    case 'ArrowLeft':
      return { direction: 'left', granularity: word ? 'word' : 'character' }
    case 'ArrowRight':
      return { direction: 'right', granularity: word ? 'word' : 'character' }
    case 'ArrowDown':
      return { direction: 'forward', granularity: word ? 'sentence' : 'line' }
    case 'ArrowUp':
      return { direction: 'backward', granularity: word ? 'sentence' : 'line' }
    default:
      return null
  }
}
