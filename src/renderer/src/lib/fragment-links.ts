import { parseDeepLink, type PassageLink } from '../../../core/briefing/deep-link'
import type { DaftarEvents } from '../../../shared/api'

/** The deep link a URL fragment holds ("#daftar://article/<id>?start=…&end=…"), or null. */
export function linkFromHash(hash: string): PassageLink | null {
  if (!hash.startsWith('#')) return null
  const raw = hash.slice(1)
  const direct = parseDeepLink(raw)
  if (direct) return direct
  // A browser may have percent-encoded characters of the fragment (a pasted link with spaces).
  try {
    return parseDeepLink(decodeURI(raw))
  } catch {
    return null
  }
}

/**
 * Browser mode's events: a deep link arrives as the page's URL fragment — the one it was opened
 * with, and every later change of it. The fragment is dropped once taken, so following the same
 * link again changes the hash again, and a reload does not jump back to the passage.
 */
export function fragmentLinkEvents(win: Window): DaftarEvents {
  return {
    onOpenLink(listener) {
      let disposed = false
      const take = (): void => {
        if (disposed) return
        const link = linkFromHash(win.location.hash)
        if (!link) return
        win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}`)
        listener(link)
      }
      win.addEventListener('hashchange', take)
      queueMicrotask(take)
      return () => {
        disposed = true
        win.removeEventListener('hashchange', take)
      }
    },
  }
}
