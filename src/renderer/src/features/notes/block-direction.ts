import { dominantDirection } from '../../../../core/text/bidi'
import { isLatinLetter } from '../../../../core/text/chars'

export type Direction = 'rtl' | 'ltr'

/** True when the text has a letter of either script (the ranges dominantDirection counts). */
function hasStrongLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 0x0590 && c <= 0x08ff) || isLatinLetter(c)) return true
  }
  return false
}

/**
 * The direction of one block of a note, decided by the MAJORITY of its letters, not by its first
 * strong character (what `dir="auto"` and tiptap's `textDirection: 'auto'` do): "Meta أعلنت اليوم
 * عن مختبر جديد" is an Arabic sentence that happens to open with a Latin name, and must run
 * right-to-left. A block without letters (empty, digits, punctuation) keeps the direction of the
 * block before it, so a new line under an English paragraph starts left-to-right.
 */
export function blockDirection(text: string, previous: Direction): Direction {
  return scriptDirection(text) ?? previous
}

/** The direction of the majority of the text's letters, or null when it has none. */
export const scriptDirection = (text: string): Direction | null => (hasStrongLetter(text) ? dominantDirection(text) : null)
