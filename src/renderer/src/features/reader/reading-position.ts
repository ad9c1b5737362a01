/**
 * A reading position is the text offset of the first block visible at the top of the reader:
 * unlike a pixel offset it survives a change of font, size or window width.
 */
export interface Position {
  offset: number
  progress: number
}

/** Blocks, and a long paragraph's display parts in place of the paragraph (a position inside it survives). */
const blocksIn = (container: HTMLElement): HTMLElement[] =>
  [...container.querySelectorAll<HTMLElement>('.block[data-start], .block-part[data-start]')].filter(
    (el) => el.classList.contains('block-part') || !el.querySelector('.block-part'),
  )

export function measurePosition(container: HTMLElement): Position {
  const top = container.getBoundingClientRect().top
  const first = blocksIn(container).find((el) => el.getBoundingClientRect().bottom > top + 1)
  const scrollable = container.scrollHeight - container.clientHeight
  const progress = scrollable > 0 ? Math.min(1, Math.max(0, container.scrollTop / scrollable)) : 1
  return { offset: first ? Number(first.dataset['start']) : 0, progress }
}

/** Scrolls so the block holding `offset` sits at the top; returns whether such a block was found. */
export function restorePosition(container: HTMLElement, offset: number): boolean {
  const blocks = blocksIn(container)
  const target = [...blocks].reverse().find((el) => Number(el.dataset['start']) <= offset)
  if (!target || offset === 0) {
    container.scrollTop = 0
    return Boolean(target)
  }
  const delta = target.getBoundingClientRect().top - container.getBoundingClientRect().top
  container.scrollTop += delta - parseFloat(getComputedStyle(container).paddingBlockStart || '0')
  return true
}
