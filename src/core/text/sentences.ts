/** Marks that end a sentence when a space or the end of the passage follows them: "14.3", "10.3.2018" and "U.S" stay inside. */
const STOPS = new Set(['.', '!', '?', '؟', '…', '؛'])
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c)

/**
 * The sentence around [start, end) inside the passage `within` (a paragraph): from after the
 * previous stop (or the passage's start) to its own stop included (or the passage's end), spaces
 * trimmed. A line break ends a sentence too (a list item, a caption's line). The timeline quotes
 * this sentence; the figures tie a figure to the entities in it.
 */
export function sentenceAround(text: string, within: { start: number; end: number }, start: number, end: number): { start: number; end: number } {
  const stopAt = (i: number): boolean => text[i] === '\n' || (STOPS.has(text[i] as string) && (i + 1 >= within.end || isSpace(text[i + 1])))
  let from = start
  while (from > within.start && !stopAt(from - 1)) from--
  let to = end
  while (to < within.end && !stopAt(to)) to++
  if (to < within.end && text[to] !== '\n') to++
  while (from < to && isSpace(text[from])) from++
  while (to > from && isSpace(text[to - 1])) to--
  return { start: from, end: to }
}
