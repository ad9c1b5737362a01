import { splitBidiRuns } from '../text/bidi'

/** A first line longer than this is body text, not a title (000–004's titles are 50–75 characters). */
const MAX_TITLE_CHARS = 160
const MAX_TITLE_WORDS = 25

const wordsOf = (s: string): string[] => s.split(/\s+/).filter(Boolean)

/** Whether a first content line reads as a headline rather than the first paragraph. */
export function looksLikeTitle(line: string): boolean {
  if (line.length > MAX_TITLE_CHARS) return false
  if (wordsOf(line).length > MAX_TITLE_WORDS) return false
  // Headlines do not end with a full stop; a one-line paragraph does.
  return !/[.。]$/.test(line)
}

/** Words that make a poor last word for a shortened title ("…في", "…و"). */
const TRAILING_STOPWORDS = new Set(['في', 'من', 'عن', 'على', 'إلى', 'الى', 'مع', 'بين', 'و', 'أو', 'ثم', 'أن', 'إن', 'التي', 'الذي', 'بعد', 'قبل'])

const DERIVED_TITLE_WORDS = 14
/** At most this many words of a Latin run past the cut are kept: a name, not a quoted sentence. */
const MAX_NAME_TAIL_WORDS = 3

/**
 * A short title for an article without a title line: its first sentence, cut at the first clause
 * break or after 14 words, never inside a Latin name, never ending on a preposition.
 */
export function deriveTitle(firstParagraph: string): string {
  const sentence = firstParagraph.split(/(?<=[.!?؟])\s|[،؛:]\s/u)[0] ?? firstParagraph
  const words = wordsOf(sentence)
  if (words.length <= DERIVED_TITLE_WORDS) return words.join(' ')
  let cut = words.slice(0, DERIVED_TITLE_WORDS).join(' ')
  // Extend to the end of a Latin name the cut fell into ("Scale" → "Scale AI"), not to the end
  // of an English sentence quoted there.
  const runs = splitBidiRuns(sentence)
  const last = runs.find((r) => r.isolate && r.start < cut.length && r.end > cut.length)
  if (last && wordsOf(sentence.slice(cut.length, last.end)).length <= MAX_NAME_TAIL_WORDS) cut = sentence.slice(0, last.end)
  const kept = wordsOf(cut)
  while (kept.length > 1 && TRAILING_STOPWORDS.has(kept[kept.length - 1] as string)) kept.pop()
  return `${kept.join(' ')}…`
}
