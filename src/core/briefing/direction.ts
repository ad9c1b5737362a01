import { dominantDirection } from '../text/bidi'
import { isArabicLetter, isLatinLetter } from '../text/chars'

/**
 * How a briefing keeps its direction in Markdown viewers (README, "Briefing export: direction"):
 *
 * 1. Consecutive top-level blocks of one direction are wrapped in `<div dir="rtl">` or
 *    `<div dir="ltr">`, with blank lines around the inner Markdown so it is still parsed as Markdown
 *    (a CommonMark HTML block ends at the first blank line). Viewers that keep raw HTML and `dir`
 *    (GitHub, VS Code's preview, pandoc's HTML — and its Div for docx/LaTeX) set the base direction.
 * 2. A block whose first strong letter is of the other script starts with an invisible mark (RLM
 *    U+200F in a right-to-left block, LRM U+200E in a left-to-right one). Viewers that decide each
 *    paragraph by its first strong character (`dir="auto"`: GitHub puts it on every paragraph,
 *    heading and list; Obsidian; many editors) then agree with the wrapper: "Meta أعلنت…" stays an
 *    Arabic, right-to-left paragraph.
 * 3. Inside a line, a value in the other direction (a Latin name in an Arabic label line, an English
 *    comment) is isolated in `<span dir="…">`, so its punctuation and numbers cannot jump out of it.
 * Quotes are never touched inside: a quote is the article's text, character for character.
 */
export type Dir = 'rtl' | 'ltr'

export const RLM = '\u200f'
export const LRM = '\u200e'

const isRtlLetter = (c: number): boolean => isArabicLetter(c) || (c >= 0x0590 && c <= 0x05ff) || (c >= 0xfb1d && c <= 0xfb4f)
const isStrongLtr = (ch: string, c: number): boolean => isLatinLetter(c) || (!isRtlLetter(c) && /\p{L}/u.test(ch) && !(c >= 0x0600 && c <= 0x08ff))

/** The direction of the first strong letter of a text, or null when it has none (digits, punctuation). */
export function firstStrong(text: string): Dir | null {
  for (const ch of text) {
    const c = ch.codePointAt(0) as number
    if (isRtlLetter(c)) return 'rtl'
    if (isStrongLtr(ch, c)) return 'ltr'
  }
  return null
}

const hasLetter = (text: string): boolean => firstStrong(text) !== null

/** The direction of a block by the MAJORITY of its letters (as the note editor decides), else the fallback. */
export const majorityDir = (text: string, fallback: Dir): Dir => (hasLetter(text) ? dominantDirection(text) : fallback)

/**
 * The invisible mark a block of direction `dir` must start with so that first-strong viewers agree
 * ('' when they already do). A right-to-left block with no letter at all gets one too: `dir="auto"`
 * would otherwise make "14.3" left-to-right.
 */
export function leadingMark(plain: string, dir: Dir): string {
  const first = firstStrong(plain)
  if (dir === 'rtl') return first === 'rtl' ? '' : RLM
  return first === 'rtl' ? LRM : ''
}

/** `markdown` (whose text is `plain`) isolated when its own direction differs from its line's. */
export function isolate(markdown: string, plain: string, lineDir: Dir): string {
  if (!hasLetter(plain)) return markdown
  const own = majorityDir(plain, lineDir)
  return own === lineDir ? markdown : `<span dir="${own}">${markdown}</span>`
}

/** One top-level Markdown block (paragraph, heading, list, blockquote, table…) and its direction. */
export interface MdBlock {
  dir: Dir
  md: string
}

/** The document: runs of same-direction blocks, each run in its `<div dir>` (see above). */
export function serializeBlocks(blocks: readonly MdBlock[]): string {
  const out: string[] = []
  let run: MdBlock[] = []
  const flush = (): void => {
    if (run.length === 0) return
    out.push(`<div dir="${(run[0] as MdBlock).dir}">\n\n${run.map((b) => b.md).join('\n\n')}\n\n</div>`)
    run = []
  }
  for (const block of blocks) {
    if (run.length > 0 && (run[0] as MdBlock).dir !== block.dir) flush()
    run.push(block)
  }
  flush()
  return `${out.join('\n\n')}\n`
}
