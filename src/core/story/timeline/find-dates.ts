import { normalizeForMatching, toRawRange, type NormalizedText } from '../../text/normalize'
import { normOffset } from '../../text/offsets'
import { MONTH_NAMES, WEEKDAYS } from './calendar-names'
import { monthDate, numericDate, relativeDay, relativeUnit, weekday, yearAlone, type Candidate } from './candidates'
import type { FoundDate } from './date-spec'
import { MONTH_DATE, NUMERIC_DATE, RELATIVE_DAY, RELATIVE_UNIT, STRONG_YEAR_WORDS, WEAK_YEAR_WORDS, WEEKDAY, YEAR_ALONE } from './patterns'

/** A pattern and what its match means. */
interface Reader {
  pattern: RegExp
  read(m: RegExpExecArray, text: string): Candidate | null
}

const MONTH: Reader = { pattern: MONTH_DATE, read: monthDate }
const NUMERIC: Reader = { pattern: NUMERIC_DATE, read: numericDate }
const YEAR: Reader = { pattern: YEAR_ALONE, read: yearAlone }
const UNIT: Reader = { pattern: RELATIVE_UNIT, read: relativeUnit }
const DAY: Reader = { pattern: RELATIVE_DAY, read: relativeDay }
const WEEK_DAY: Reader = { pattern: WEEKDAY, read: weekday }

/** Which patterns a word can start (after its clitic و/ف): only these are tried where it stands. */
const STARTERS = new Map<string, Reader[]>()
const starts = (word: string, reader: Reader): void => void STARTERS.set(word, [...(STARTERS.get(word) ?? []), reader])
for (const name of Object.keys(MONTH_NAMES)) starts(name.split(' ')[0] as string, MONTH)
for (const lead of [...STRONG_YEAR_WORDS, ...WEAK_YEAR_WORDS]) starts(lead, YEAR)
for (const unit of ['اسبوع', 'شهر', 'عام', 'سنه']) for (const prefix of ['ال', 'بال', 'لل']) starts(prefix + unit, UNIT)
for (const word of ['هذا', 'هذه']) starts(word, UNIT)
for (const word of ['اول', 'امس', 'البارحه', 'اليوم']) starts(word, DAY)
for (const word of ['يوم', 'مساء', 'صباح', 'ليله', 'ظهر', 'فجر', 'عصر', ...Object.keys(WEEKDAYS)]) starts(word, WEEK_DAY)
const DIGIT_STARTED = [MONTH, NUMERIC]

const WORD = /[\p{L}\p{N}]+/gu

function readersFor(word: string): readonly Reader[] {
  const c = word.charCodeAt(0)
  if (c >= 0x30 && c <= 0x39) return DIGIT_STARTED
  if (word.startsWith('ال') && /^ال\d/.test(word)) return DIGIT_STARTED // "الـ10 من يونيو"
  const own = STARTERS.get(word)
  if (own) return own
  return c === 0x648 || c === 0x641 ? (STARTERS.get(word.slice(1)) ?? []) : [] // و / ف
}

/** Every candidate in the normalised text: each word tries the patterns it can start. */
function candidates(text: string): Candidate[] {
  const out: Candidate[] = []
  for (const w of text.matchAll(WORD)) {
    for (const reader of readersFor(w[0])) {
      reader.pattern.lastIndex = w.index
      const m = reader.pattern.exec(text)
      const c = m ? reader.read(m, text) : null
      if (c) out.push(c)
    }
  }
  return out
}

/** Earliest first, the longer of two overlapping expressions kept; a weekday naming the calendar date right after it ("يوم الإثنين 10 يونيو") gives way to it. */
function choose(found: Candidate[], text: string): Candidate[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Candidate[] = []
  for (const c of found) {
    const last = kept[kept.length - 1]
    if (last && c.start < last.end) continue
    const namesIt = last?.spec.kind === 'weekday' && c.spec.kind === 'calendar' && c.spec.day !== undefined
    if (last && namesIt && /^[\s،,]*$/.test(text.slice(last.end, c.start))) kept.pop()
    kept.push(c)
  }
  return kept
}

/** Every date expression in `text`, in reading order, as raw ranges; `normalized` when the caller has it. */
export function findDates(text: string, normalized: NormalizedText = normalizeForMatching(text)): FoundDate[] {
  return choose(candidates(normalized.text), normalized.text).map((c) => ({
    ...toRawRange(normalized, normOffset(c.start), normOffset(c.end)),
    spec: c.spec,
  }))
}
