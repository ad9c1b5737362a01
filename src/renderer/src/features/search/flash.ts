/**
 * Flashes a range of the article: the text found by a search (or a cited passage) blinks twice in
 * the highlight colour, then fades out, so the eye finds it after the jump. It uses the CSS Custom
 * Highlight API: a painted range, no element around the text (the DOM text stays the article's,
 * offset for offset), styled by `::highlight(daftar-flash)` in a stylesheet (CSP allows no inline
 * style). Where the API is missing nothing flashes; the range is still selected.
 */
export const FLASH_NAME = 'daftar-flash'
const STEPS_MS = [0, 350, 550, 1800]

interface HighlightRegistry {
  set(name: string, highlight: unknown): void
  delete(name: string): void
}

let pending: ReturnType<typeof setTimeout>[] = []

export function flashRange(range: Range): void {
  const registry = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights
  const HighlightClass = (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight
  if (!registry || !HighlightClass) return
  for (const t of pending) clearTimeout(t)
  const painted = new HighlightClass(range.cloneRange())
  const show = (): void => registry.set(FLASH_NAME, painted)
  const hide = (): void => registry.delete(FLASH_NAME)
  pending = [setTimeout(show, STEPS_MS[0]), setTimeout(hide, STEPS_MS[1]), setTimeout(show, STEPS_MS[2]), setTimeout(hide, STEPS_MS[3])]
}
