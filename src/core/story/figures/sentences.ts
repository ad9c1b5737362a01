/**
 * The sentence around a range: from after the previous sentence end to the next one, inside the
 * paragraph `[from, to)`. Ends are . ! ? ؟ ؛ and line breaks; a full stop ends a sentence only
 * before a space or the paragraph's end, so "14.3" and "U.S" stay inside.
 */
export function sentenceAround(text: string, start: number, end: number, from: number, to: number): { start: number; end: number } {
  let s = start
  while (s > from && !endsSentence(text, s - 1, to)) s--
  while (s < start && /\s/.test(text.charAt(s))) s++
  let e = end
  while (e < to && !endsSentence(text, e, to)) e++
  if (e < to && text.charAt(e) !== '\n') e++ // the end mark belongs to the sentence
  return { start: s, end: e }
}

function endsSentence(text: string, i: number, to: number): boolean {
  const c = text.charAt(i)
  if (c === '\n' || c === '!' || c === '?' || c === '؟' || c === '؛') return true
  return c === '.' && (i + 1 >= to || /\s/.test(text.charAt(i + 1)))
}
