import { isArabicLetter, isDigit, isLatinLetter, isTashkeel, TATWEEL } from '../text/chars'
import { normalizeKey } from '../text/normalize'
import { stripClitics } from './clitics'
import { overlapsAny, type Span } from './readable-segments'
import type { EntityType, Suggestion } from './types'

// A capitalised or camel-case Latin word with inner apostrophes, dots, hyphens or ampersands
// ("SignalFire", "iPhone", "I-JEPA", "AT&T"), then further such words or numbers on the same line.
const WORD = String.raw`(?:[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F0-9]*|[a-z]+[A-Z][A-Za-z0-9]*)(?:['’.\-&][A-Za-z\u00C0-\u024F0-9]+)*`
const RUN = new RegExp(
  String.raw`(?<![A-Za-z\u00C0-\u024F0-9'’.\-&])${WORD}(?:[ \u00A0]+(?:${WORD}|[0-9]+(?![.,][0-9])))*(?![A-Za-z\u00C0-\u024F0-9])`,
  'g',
)
const PIECE = new RegExp(`${WORD}|[0-9]+`, 'g')

/**
 * Capitalised words that are vocabulary, not names, in Arabic tech news: glosses of Arabic terms
 * ("الذكاء الفائق” Superintelligence", "(Generative AI)"). A run made only of these, of acronyms
 * (all capitals, up to five characters: AI, AGI, MSL, CEO — mostly terms; a lab known by its
 * acronym is better added by hand than suggested with every "GPU") or of numbers is not suggested.
 */
// prettier-ignore
const NOISE = new Set([
  'ai', 'superintelligence', 'intelligence', 'artificial', 'generative', 'technology', 'technologies', 'tech', 'the', 'news', 'app', 'apps',
  'online', 'digital', 'data', 'cloud', 'model', 'models', 'chatbot', 'open', 'source', 'labs', 'lab', 'inc', 'ltd', 'llc', 'corp', 'group',
  'breaking', 'update', 'video', 'photo', 'via', 'read', 'more', 'share', 'tweet', 'follow',
])

/** Organisation endings ("Play AI", "Sesame AI", "Thinking Machines Lab"). */
const ORG_ENDINGS = new Set([
  'ai',
  'labs',
  'lab',
  'inc',
  'ltd',
  'llc',
  'corp',
  'group',
  'capital',
  'ventures',
  'partners',
  'technologies',
  'systems',
])

/** The Arabic word before a name often says what it is: "شركة Mercor", "مجلة Wired", "نموذج Llama". */
const ORG_CUES = new Set(
  ['شركة', 'شركات', 'مجموعة', 'موقع', 'مجلة', 'صحيفة', 'وكالة', 'منصة', 'مختبر', 'بنك', 'صندوق', 'جامعة'].map(normalizeKey),
)
const PRODUCT_CUES = new Set(
  ['نموذج', 'نماذج', 'تطبيق', 'منتج', 'مشروع', 'خدمة', 'برنامج', 'روبوت', 'متصفح', 'هاتف', 'جهاز'].map(normalizeKey),
)

/**
 * Latin proper-noun runs in Arabic text not covered by a known mention: "SignalFire", "Mercor",
 * "Play AI". Capitals mean a name only inside Arabic prose, so a run counts only when Arabic
 * letters are its nearest neighbours on one side within the line: an English headline in title
 * case ("Superintelligence Drive Sparks Internal Rifts") is not a list of names.
 */
export function suggestLatinRuns(text: string, known: readonly Span[]): Suggestion[] {
  const out: Suggestion[] = []
  for (const run of text.matchAll(RUN)) {
    const start = run.index
    const end = start + run[0].length
    if (!inArabicContext(text, start, end)) continue
    let piece: Span[] = []
    const flush = (): void => {
      if (piece.length > 0) pushPiece(text, piece, out)
      piece = []
    }
    for (const w of run[0].matchAll(PIECE)) {
      const span = { start: start + w.index, end: start + w.index + w[0].length }
      if (overlapsAny(span.start, span.end, known)) flush()
      else piece.push(span)
    }
    flush()
  }
  return out
}

function pushPiece(text: string, words: Span[], out: Suggestion[]): void {
  const first = words[0] as Span
  const last = words[words.length - 1] as Span
  let end = last.end
  const possessive = /['’]s$/.exec(text.slice(last.start, end))
  if (possessive) end -= 2
  const tokens = words.map((w) => text.slice(w.start, w.end).replace(/['’]s$/, ''))
  if (tokens.every((t) => isAcronym(t) || NOISE.has(t.toLowerCase()) || /^[0-9]+$/.test(t))) return
  if (/^[0-9]/.test(tokens[0] as string)) return
  out.push({
    start: first.start,
    end,
    text: text.slice(first.start, end),
    reason: 'latin-proper-noun',
    type: typeOf(text, first.start, tokens),
  })
}

const isAcronym = (t: string): boolean => t.length <= 5 && /^[A-Z0-9&.-]+$/.test(t)

function typeOf(text: string, start: number, tokens: readonly string[]): EntityType {
  if (ORG_ENDINGS.has((tokens[tokens.length - 1] as string).toLowerCase())) return 'org'
  const before = arabicWordBefore(text, start)
  if (before) {
    const word = normalizeKey(before)
    const forms = [word, ...stripClitics(word, 3)]
    if (forms.some((f) => ORG_CUES.has(f))) return 'org'
    if (forms.some((f) => PRODUCT_CUES.has(f))) return 'product'
  }
  return 'other'
}

/** The Arabic word right before `at`, across spaces and quotes only ("شركة “Mercor”"). */
function arabicWordBefore(text: string, at: number): string | null {
  let end = at
  while (end > 0 && /[\s“”"«»]/.test(text[end - 1] as string)) end--
  let begin = end
  while (
    begin > 0 &&
    (isArabicLetter(text.charCodeAt(begin - 1)) || isTashkeel(text.charCodeAt(begin - 1)) || text.charCodeAt(begin - 1) === TATWEEL)
  )
    begin--
  return begin < end ? text.slice(begin, end) : null
}

/** True when the nearest letter before or after the run, on the same line, is Arabic. */
function inArabicContext(text: string, start: number, end: number): boolean {
  return neighbourIsArabic(text, start - 1, -1) || neighbourIsArabic(text, end, 1)
}

function neighbourIsArabic(text: string, from: number, step: 1 | -1): boolean {
  for (let i = from, seen = 0; i >= 0 && i < text.length && seen < 40; i += step, seen++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a) return false
    if (isArabicLetter(c)) return true
    if (isLatinLetter(c) || isDigit(c)) return false
  }
  return false
}
