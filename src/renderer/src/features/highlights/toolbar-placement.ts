export interface Box {
  top: number
  bottom: number
  left: number
  right: number
}

/** Space kept between the toolbar and the selection, and between the toolbar and the column's edges. */
export const TOOLBAR_GAP = 8

/**
 * Where a floating toolbar of `size` goes for a selection ending in `anchor`: centred under it, held
 * inside the reading `column` (never over the library or the highlights panel), and above the
 * selection when there is no room below it. A toolbar wider than the column starts at its edge (its
 * CSS width limit makes it wrap into rows).
 */
export function placeToolbar(anchor: Box, size: { width: number; height: number }, column: Box): { top: number; left: number } {
  const centred = (anchor.left + anchor.right) / 2 - size.width / 2
  const left = Math.max(column.left + TOOLBAR_GAP, Math.min(column.right - TOOLBAR_GAP - size.width, centred))
  const below = anchor.bottom + TOOLBAR_GAP
  const top = below + size.height <= column.bottom - TOOLBAR_GAP ? below : Math.max(column.top + TOOLBAR_GAP, anchor.top - TOOLBAR_GAP - size.height)
  return { top, left }
}

/** The reading column's visible box: the reader's padding box, less its scrollbar (on the left in right-to-left pages). */
export function columnBox(element: HTMLElement | null): Box {
  if (!element) return { top: 0, bottom: window.innerHeight, left: 0, right: window.innerWidth }
  const r = element.getBoundingClientRect()
  const left = r.left + element.clientLeft
  const top = r.top + element.clientTop
  return { top, bottom: top + element.clientHeight, left, right: left + element.clientWidth }
}
