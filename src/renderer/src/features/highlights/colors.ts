import type { HighlightColor } from '../../../../core/store/annotations'

/** The five colours, in the order of their keys 1–5. Kept here so the renderer does not import zod. */
export const COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple']

export const colorForKey = (key: string): HighlightColor | null => {
  const index = Number.parseInt(key, 10)
  return Number.isInteger(index) && index >= 1 && index <= COLORS.length ? (COLORS[index - 1] as HighlightColor) : null
}
