import { useEffect } from 'react'

export type ShortcutAction =
  | 'next-article'
  | 'previous-article'
  | 'focus-library'
  | 'focus-reader'
  | 'scroll-down'
  | 'scroll-up'
  | 'open-settings'
  | 'font-larger'
  | 'font-smaller'
  | 'cycle-theme'
  | 'show-help'
  | 'toggle-highlights'
  | 'all-highlights'
  | 'entities'
  | 'notes'

/**
 * Letter shortcuts are matched on the physical key (`event.code`), not the character: on an Arabic
 * keyboard the N key types "ى", and the shortcut must still work.
 */
// [ and ] follow the reading direction: in a right-to-left app "next" is the key on the left.
const BY_CODE: Readonly<Record<string, ShortcutAction>> = {
  KeyN: 'next-article',
  BracketLeft: 'next-article',
  KeyP: 'previous-article',
  BracketRight: 'previous-article',
  KeyL: 'focus-library',
  KeyR: 'focus-reader',
  KeyJ: 'scroll-down',
  KeyK: 'scroll-up',
  Comma: 'open-settings',
  Equal: 'font-larger',
  NumpadAdd: 'font-larger',
  Minus: 'font-smaller',
  NumpadSubtract: 'font-smaller',
  KeyT: 'cycle-theme',
  KeyM: 'toggle-highlights',
  KeyA: 'all-highlights',
  KeyG: 'entities',
  KeyO: 'notes',
}

/** The list the help dialog shows: keys as printed on a keyboard, with the message describing them. */
export const SHORTCUT_HELP = [
  { keys: ['N', '['], label: 'shortcuts.next' },
  { keys: ['P', ']'], label: 'shortcuts.previous' },
  { keys: ['L'], label: 'shortcuts.library' },
  { keys: ['R'], label: 'shortcuts.reader' },
  { keys: ['J', 'K', 'Space', 'PageDown'], label: 'shortcuts.scroll' },
  { keys: ['Ctrl+,', ','], label: 'shortcuts.settings' },
  { keys: ['+', '−'], label: 'shortcuts.fontSize' },
  { keys: ['T'], label: 'shortcuts.theme' },
  { keys: ['1–5', 'H', 'C'], label: 'shortcuts.highlight' },
  { keys: ['V', 'Shift+←→↑↓'], label: 'shortcuts.caret' },
  { keys: ['Alt+↓', 'Alt+↑', 'Tab'], label: 'shortcuts.nextHighlight' },
  { keys: ['Ctrl+Z'], label: 'shortcuts.undo' },
  { keys: ['M'], label: 'shortcuts.panel' },
  { keys: ['A'], label: 'shortcuts.allHighlights' },
  { keys: ['G'], label: 'shortcuts.entities' },
  { keys: ['O'], label: 'shortcuts.notes' },
  { keys: ['E', 'Shift+E'], label: 'shortcuts.nextMention' },
  { keys: ['Ctrl+K'], label: 'shortcuts.search' },
  { keys: ['?'], label: 'shortcuts.help' },
] as const

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

export function shortcutFor(event: KeyboardEvent): ShortcutAction | null {
  if (event.altKey || event.metaKey) return null
  if (event.key === '?' || event.key === '؟') return 'show-help'
  if (event.ctrlKey) return event.code === 'Comma' ? 'open-settings' : null
  if (event.shiftKey && event.code !== 'Equal') return null
  return BY_CODE[event.code] ?? null
}

/** Global shortcuts, inactive while the user types or a modal dialog is open. */
export function useShortcuts(run: (action: ShortcutAction) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || isTyping(event.target) || document.querySelector('dialog[open]')) return
      const action = shortcutFor(event)
      if (!action) return
      event.preventDefault()
      run(action)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [run])
}
