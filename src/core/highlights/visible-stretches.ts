import { isBlank } from '../text/chars'
import type { Block } from '../corpus/types'

export interface Stretch {
  start: number
  end: number
}

/**
 * The parts of text[start, end) a reader actually sees: clipped to readable blocks (chrome is never
 * rendered), trimmed of surrounding whitespace, and split where hidden chrome lies between two
 * blocks (so a highlight never contains text the user did not see). Consecutive blocks separated
 * only by line breaks stay one stretch, so a selection across paragraphs is one highlight.
 */
export function visibleStretches(text: string, blocks: readonly Block[], start: number, end: number): Stretch[] {
  const stretches: Stretch[] = []
  let open: Stretch | null = null
  for (const block of blocks) {
    if (block.end <= start || block.start >= end) continue
    if (block.kind === 'chrome') {
      if (open) stretches.push(open)
      open = null
      continue
    }
    const piece = { start: Math.max(start, block.start), end: Math.min(end, block.end) }
    if (open && isBlank(text.slice(open.end, piece.start))) open.end = piece.end
    else {
      if (open) stretches.push(open)
      open = piece
    }
  }
  if (open) stretches.push(open)
  return stretches.map((s) => trim(text, s)).filter((s): s is Stretch => s !== null)
}

function trim(text: string, { start, end }: Stretch): Stretch | null {
  while (start < end && isBlank(text[start] as string)) start++
  while (end > start && isBlank(text[end - 1] as string)) end--
  return end > start ? { start, end } : null
}
