/**
 * The words around a passage, as offsets into the text, so what is shown is exactly the text's own
 * characters: a clitic glued to a name ("و" of "ونات") or the comma after it stays glued, and
 * line breaks or double spaces are not rewritten as single spaces.
 */

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c)

/** Where the window of `words` whole words before `at` begins, never before `floor`. A fragment glued to `at` counts as one more. */
export function wordsBefore(text: string, floor: number, at: number, words: number): number {
  const wanted = words + (at > floor && !isSpace(text[at - 1]) ? 1 : 0)
  let seen = 0
  for (let i = at - 1; i >= floor; i--) {
    const startsWord = !isSpace(text[i]) && (i === floor || isSpace(text[i - 1]))
    if (startsWord && ++seen === wanted) return i
  }
  return floor
}

/** Where the window of `words` whole words after `at` ends, never past `ceiling`. A fragment glued to `at` counts as one more. */
export function wordsAfter(text: string, at: number, ceiling: number, words: number): number {
  const wanted = words + (at < ceiling && !isSpace(text[at]) ? 1 : 0)
  let seen = 0
  for (let i = at; i < ceiling; i++) {
    const endsWord = !isSpace(text[i]) && (i === ceiling - 1 || isSpace(text[i + 1]))
    if (endsWord && ++seen === wanted) return i + 1
  }
  return ceiling
}
