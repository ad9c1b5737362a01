import { useEffect } from 'react'

/**
 * Ctrl+K (⌘K) opens the search from anywhere, typing included — unless something under the focus
 * used the key already (the note editor's link command).
 */
export function useSearchShortcut(open: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.shiftKey || !(event.ctrlKey || event.metaKey) || event.code !== 'KeyK') return
      event.preventDefault()
      open()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [open])
}
