/**
 * DOM ↔ text offsets for the reader (the role of Hypothesis' text-range.ts). Every rendered block
 * carries data-start/data-end, and its text content equals text[start, end) exactly (bidi isolates
 * and highlight wrappers add elements, never characters), so a DOM point maps to
 * block.start + the length of the text before it inside that block.
 */
// A long paragraph's display parts carry their own offsets: the innermost one is used, so mapping a
// point costs the length of one part, not of the paragraph.
const BLOCK = '.block[data-start], .block-part[data-start]'

const blockOf = (node: Node): HTMLElement | null =>
  (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>(BLOCK) ?? null

/** Characters of `block` before the DOM point (node, offset). */
function lengthBefore(block: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange()
  range.setStart(block, 0)
  range.setEnd(node, offset)
  return range.toString().length
}

/**
 * The text offset of a DOM point inside the article, or null when the point is outside every block
 * (then the caller snaps it to the nearest block edge with `snapOutside`).
 */
export function offsetOf(node: Node, offset: number): number | null {
  const block = blockOf(node)
  if (!block) return null
  return Number(block.dataset['start']) + lengthBefore(block, node, offset)
}

/**
 * For a point outside every block (the header, the gap between paragraphs): a start snaps to the
 * next block's start, an end to the previous block's end.
 */
function snapOutside(root: HTMLElement, node: Node, offset: number, side: 'start' | 'end'): number | null {
  const point = document.createRange()
  point.setStart(node, offset)
  const blocks = [...root.querySelectorAll<HTMLElement>(BLOCK)]
  if (side === 'start') {
    const next = blocks.find((b) => point.comparePoint(b, 0) >= 0)
    return next ? Number(next.dataset['start']) : null
  }
  const previous = blocks.filter((b) => point.comparePoint(b, b.childNodes.length) <= 0).at(-1)
  return previous ? Number(previous.dataset['end']) : null
}

/** The current selection as text offsets inside `root`, or null when there is no usable selection. */
export function selectionOffsets(root: HTMLElement): { start: number; end: number } | null {
  const selection = document.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  if (!root.contains(range.commonAncestorContainer)) return null
  const start = offsetOf(range.startContainer, range.startOffset) ?? snapOutside(root, range.startContainer, range.startOffset, 'start')
  const end = offsetOf(range.endContainer, range.endOffset) ?? snapOutside(root, range.endContainer, range.endOffset, 'end')
  if (start === null || end === null || end <= start) return null
  return { start, end }
}

/** The DOM point for a text offset: inside the block that holds it. */
function pointAt(root: HTMLElement, offset: number): { node: Node; offset: number } | null {
  const block = [...root.querySelectorAll<HTMLElement>(BLOCK)]
    .filter((b) => Number(b.dataset['start']) <= offset && offset <= Number(b.dataset['end']))
    .at(-1)
  if (!block) return null
  let remaining = offset - Number(block.dataset['start'])
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const length = (text as Text).length
    if (remaining <= length) return { node: text, offset: remaining }
    remaining -= length
  }
  return { node: block, offset: block.childNodes.length }
}

/** A DOM Range for text[start, end), when both ends are in rendered blocks. */
export function rangeOf(root: HTMLElement, start: number, end: number): Range | null {
  const from = pointAt(root, start)
  const to = pointAt(root, end)
  if (!from || !to) return null
  const range = document.createRange()
  range.setStart(from.node, from.offset)
  range.setEnd(to.node, to.offset)
  return range
}

/** Both ends of the selection as text offsets, direction kept (anchor where it began, focus where it moves). */
export interface SelectionEnds {
  anchor: number
  focus: number
}

/** The selection's ends inside `root`'s blocks (a caret counts), or null when either end lies elsewhere. */
export function selectionEnds(root: HTMLElement): SelectionEnds | null {
  const selection = document.getSelection()
  if (!selection?.anchorNode || !selection.focusNode) return null
  if (!root.contains(selection.anchorNode) || !root.contains(selection.focusNode)) return null
  const anchor = offsetOf(selection.anchorNode, selection.anchorOffset)
  const focus = offsetOf(selection.focusNode, selection.focusOffset)
  return anchor === null || focus === null ? null : { anchor, focus }
}

/** Puts the selection at `ends`, anchor first, so Shift+arrow goes on extending the same end. */
export function selectEnds(root: HTMLElement, ends: SelectionEnds): void {
  const anchor = pointAt(root, ends.anchor)
  const focus = pointAt(root, ends.focus)
  if (anchor && focus) document.getSelection()?.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset)
}
