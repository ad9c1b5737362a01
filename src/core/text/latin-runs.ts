/**
 * Where the left-to-right (Latin) stretches of an Arabic text lie, each to be shown as ONE isolate.
 *
 * A run starts at a Latin word and takes in everything up to the last Latin word or number that
 * follows it on the same line with nothing Arabic in between: spaces, commas, full stops, colons,
 * brackets, quotes, %, currency signs. "Android has created more choice for everyone, not less. A
 * vibrant ecosystem…" is one run, so the browser lays the sentence out left to right; cut at its
 * punctuation, the pieces were laid out right to left, each one reading backwards from the last.
 *
 * A run ends on a word, or on a closing bracket or quote whose opening one is in the run: the
 * punctuation between an English run and the Arabic that follows ("Meta،", "OpenAI.") stays in the
 * Arabic text. Opening brackets and quotes just before the first word join the run when their
 * closing ones do (`(Scale AI)`, `"…decision."`), so a pair is never split between the isolate and
 * the Arabic around it (the browser would mirror one half and not the other). Arabic letters,
 * Arabic-Indic digits, Arabic punctuation (، ؛ ؟), line breaks and bidi controls end a run.
 */

export interface Span {
  start: number
  end: number
}

const LETTER = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F`
// Combining accents first: after a letter in the class they would read as one accented character.
const WORD_CHAR = String.raw`\u0300-\u036F${LETTER}0-9`
// Letters and digits with inner apostrophes, dots, hyphens and ampersands (Meta’s, I-JEPA, A.I, 4.34bn);
// a number keeps its currency sign and per cent sign (€4.34bn, $5, 5%).
const WORD = new RegExp(String.raw`[$€£¥₹]?[${LETTER}0-9][${WORD_CHAR}]*(?:['’.\-&][${LETTER}0-9][${WORD_CHAR}]*)*[%‰]?`, 'gu')
const LATIN_LETTER = new RegExp(`[${LETTER}]`)
const DIGIT = /[0-9]/
const IN_WORD = new RegExp(`[${WORD_CHAR}]`)

// What may stand between two words of one run: spaces (not line breaks), zero-width joiners, ASCII
// punctuation and symbols, Latin-1 and general punctuation, currency and letterlike symbols.
// Not LRM/RLM (U+200E/F), the embeddings and isolates (U+202A–E, U+2066–9), nor anything Arabic.
const BETWEEN = /[\t \u00A0-\u00BF\u00D7\u00F7\u2000-\u200D\u2010-\u2027\u202F-\u205E\u2060\u20A0-\u20CF\u2100-\u214F\uFEFF!-/:-@[-`{-~]/

/** Opening brackets and quotes, with the character that closes each. */
const CLOSER_OF: ReadonlyMap<string, string> = new Map([['(', ')'], ['[', ']'], ['{', '}'], ['“', '”'], ['«', '»'], ['‹', '›'], ['"', '"']])
const CLOSERS = new Set(CLOSER_OF.values())

// After a full stop, a number is the next (Arabic) sentence's: "…Meta. 30 مليون" leaves 30 out.
const SENTENCE_END = /[.!?…]/

interface Word extends Span {
  latin: boolean
}

/**
 * The openers in text[from, to) that no closer answers before the text turns Arabic (or a closer of
 * another kind comes): a run can never end past one, so it stops there at once. Found in one pass,
 * this keeps the split linear: "(a (a (a …" made every run scan to the end of the line.
 */
function unansweredOpeners(text: string, from: number, to: number): Set<number> {
  const unanswered = new Set<number>()
  const open: number[] = []
  const giveUp = (): void => {
    for (const p of open) unanswered.add(p)
    open.length = 0
  }
  for (let p = from; p < to; p++) {
    const ch = text[p] as string
    const top = open.at(-1)
    if (top !== undefined && CLOSER_OF.get(text[top] as string) === ch) open.pop()
    else if (CLOSER_OF.has(ch)) open.push(p)
    else if (CLOSERS.has(ch) || !(BETWEEN.test(ch) || IN_WORD.test(ch))) giveUp()
  }
  giveUp()
  return unanswered
}

/**
 * The openers before `at`, innermost first, with nothing but punctuation and numbers between them
 * and `at`: candidates to join a run that starts there, as in "(90 days)".
 */
function leadingOpeners(text: string, at: number, floor: number): number[] {
  const found: number[] = []
  for (let p = at - 1; p >= floor; p--) {
    const ch = text[p] as string
    if (CLOSER_OF.has(ch)) found.push(p)
    else if (CLOSERS.has(ch) || !(BETWEEN.test(ch) || DIGIT.test(ch))) break
  }
  return found
}

/** The run that starts at words[first] (or at an opener after `floor` before it): its span, and the index of the first word after it. */
function runFrom(text: string, words: readonly Word[], first: number, floor: number, to: number, unanswered: ReadonlySet<number>): { span: Span; next: number } {
  const head = words[first] as Word
  const lead = leadingOpeners(text, head.start, floor)
  const awaited: string[] = [] // the closers of the pairs opened inside the run, innermost last
  let leadClosed = 0
  let end = head.end
  let next = first + 1
  let numbersJoin = true
  const done = (): { span: Span; next: number } => ({ span: { start: leadClosed > 0 ? (lead[leadClosed - 1] as number) : head.start, end }, next })

  const closesLead = (ch: string): boolean => {
    const opener = lead[leadClosed]
    return opener !== undefined && CLOSER_OF.get(text[opener] as string) === ch
  }
  /** Takes in one character between words; false when it ends the run. */
  const between = (p: number, wordIndex: number): boolean => {
    const ch = text[p] as string
    if (!BETWEEN.test(ch)) return false
    if (SENTENCE_END.test(ch)) numbersJoin = false
    // A straight quote closes the one awaited, else it opens.
    if (awaited.at(-1) === ch) awaited.pop()
    else if (awaited.length === 0 && closesLead(ch)) leadClosed++
    else if (unanswered.has(p)) return false
    else if (CLOSER_OF.has(ch)) awaited.push(CLOSER_OF.get(ch) as string)
    else return !CLOSERS.has(ch) // a closer here closes a bracket opened in the Arabic before the run
    if (awaited.length === 0) [end, next] = [p + 1, wordIndex]
    return true
  }

  for (let j = first + 1; j <= words.length; j++) {
    const word = words[j]
    for (let p = (words[j - 1] as Word).end; p < (word?.start ?? to); p++) if (!between(p, j)) return done()
    if (!word) break
    if (word.latin) numbersJoin = true
    if (awaited.length === 0 && (word.latin || numbersJoin)) [end, next] = [word.end, j + 1]
  }
  return done()
}

/** The Latin runs of text[from, to), in order. */
export function latinRuns(text: string, from = 0, to = text.length): Span[] {
  const words: Word[] = []
  for (const m of text.slice(from, to).matchAll(WORD)) {
    const start = from + m.index
    words.push({ start, end: start + m[0].length, latin: LATIN_LETTER.test(m[0]) })
  }
  const unanswered = unansweredOpeners(text, from, to)
  const runs: Span[] = []
  for (let i = 0; i < words.length; ) {
    if (!(words[i] as Word).latin) {
      i++
      continue
    }
    const { span, next } = runFrom(text, words, i, runs.at(-1)?.end ?? from, to, unanswered)
    runs.push(span)
    i = next
  }
  return runs
}
