import type { Block } from '../../corpus/types'
import type { TextSpan } from './types'

/** Ends a sentence when followed by a space or the end of its block: "14.3" and "10.3.2018" do not. */
const STOPS = new Set(['.', '!', '?', '؟', '…', '؛'])
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c)

/**
 * The sentence of `block` around [start, end): from after the previous stop (or the block's start)
 * to its own stop included (or the block's end), spaces trimmed, exactly the text's characters. A
 * line break ends a sentence too (a list item, a caption's line).
 */
export function sentenceAt(text: string, block: Pick<Block, 'start' | 'end'>, start: number, end: number): TextSpan {
  const stopAt = (i: number): boolean => text[i] === '\n' || (STOPS.has(text[i] as string) && (i + 1 >= block.end || isSpace(text[i + 1])))
  let from = start
  while (from > block.start && !stopAt(from - 1)) from--
  let to = end
  while (to < block.end && !stopAt(to)) to++
  if (to < block.end && text[to] !== '\n') to++
  while (from < to && isSpace(text[from])) from++
  while (to > from && isSpace(text[to - 1])) to--
  return { start: from, end: to, text: text.slice(from, to) }
}
