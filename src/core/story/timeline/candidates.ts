import { AMBIGUOUS_MONTHS, MONTH_NAMES, WEEKDAYS } from './calendar-names'
import type { DateSpec, Shift } from './date-spec'
import { CURRENT_WORDS, NEXT_WORDS, PAST_WORDS, STRONG_YEAR_WORDS } from './patterns'

/**
 * What one pattern's match means, or null when its context says it is not a date: each function
 * takes a match of its pattern (patterns.ts) over the normalised text.
 */
export interface Candidate {
  start: number
  end: number
  spec: DateSpec
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(' '))

/** Words after which a month named alone ("في يونيو", "منذ حزيران") is a date. */
const MONTH_LEADS = words(
  'في شهر بشهر لشهر منذ خلال حتي من الي مطلع بدايه نهايه اواخر اوائل منتصف اوساط قبل بعد بحلول طوال مع اعتبارا ابتداء حلول',
)
const MONTH_WORDS = words('شهر بشهر لشهر')
/** Words that may follow a year after a preposition ("في 2017 عندما…"), where a noun would make it a count ("في 2000 موقع"). */
const AFTER_YEAR = words('وهو وهي وقد وكان وكانت ثم عندما حين حيث حتي بعد قبل علي الي عن مع ولكن لكن اذ كما او وفي الماضي المقبل')
/** Prepositions that only ever take a time ("منذ 1994 إثر…"): their year stands unless a time unit follows ("منذ 1500 عام"). */
const TIME_ONLY_LEADS = words('منذ بحلول')
const TIME_UNITS = words('عام اعوام سنه سنوات سنين يوم ايام شهر اشهر شهور قرن قرون ساعه ساعات')
/** Words before "اليوم" that make it "the day" rather than today: "على مدار اليوم", "طوال اليوم", "ذات اليوم", the paper "عين اليوم". */
const NOT_TODAY_BEFORE = words('مدار طوال طيله ذات نفس عين')
const HIJRI_MARK = /^\s*(?:ه(?!\p{L})|هجري)/u
const YEAR_MIN = 1800
const YEAR_MAX = 2100

const shiftOf = (word: string | undefined): Shift | undefined =>
  word === undefined
    ? undefined
    : PAST_WORDS.has(word)
      ? 'past'
      : NEXT_WORDS.has(word)
        ? 'next'
        : CURRENT_WORDS.has(word)
          ? 'current'
          : undefined

/** The word before `at` (after spaces), its leading "و"/"ف" dropped. */
function wordBefore(text: string, at: number): string {
  const m = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 24), at))
  const word = m?.[1] ?? ''
  return word.length > 2 && (word[0] === 'و' || word[0] === 'ف') && !MONTH_LEADS.has(word) ? word.slice(1) : word
}

/** The word right after `at` (after spaces), or null when punctuation, a digit or the end comes first. */
function wordAfter(text: string, at: number): string | null {
  const m = /^\s*(\p{L}+)/u.exec(text.slice(at, at + 24))
  return m ? (m[1] as string) : null
}

type Groups = Record<string, string | undefined>
const span = (m: RegExpExecArray, group: string): [number, number] => m.indices?.groups?.[group] as [number, number]
const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s))
const inYears = (y: number | undefined, min = YEAR_MIN): boolean => y !== undefined && y >= min && y <= YEAR_MAX

/** A month by name, with its day, year or "الماضي" when given (MONTH_DATE). */
export function monthDate(m: RegExpExecArray, text: string): Candidate | null {
  const g = m.groups as Groups
  const [start] = span(m, 'x')
  let end = m.index + m[0].length
  let year = num(g.year)
  let shift = shiftOf(g.mod)
  if (year !== undefined) {
    if (HIJRI_MARK.test(text.slice(span(m, 'year')[1]))) return null // a Hijri date: not placed on a Gregorian line
    if (!inYears(year)) [year, shift, end] = [undefined, undefined, span(m, 'mend')[0]]
  }
  const month = MONTH_NAMES[(g.month as string).replace(/\s+/g, ' ')] as number
  const day = num(g.day)
  if (day !== undefined && (day < 1 || day > 31)) return null
  const yearShift = year === undefined ? shiftOf(g.ymod) : undefined
  const alone = day === undefined && year === undefined && shift === undefined && yearShift === undefined
  if (alone && !monthAloneIsDate(text, m.index, end, g.month as string)) return null
  return { start, end, spec: { kind: 'calendar', year, month, day, shift: year === undefined ? shift : undefined, yearShift } }
}

/** A month named alone is a date after a lead word; an ambiguous name (آب، نيسان، مايو) needs "شهر" or to close its phrase. */
function monthAloneIsDate(text: string, matchStart: number, end: number, name: string): boolean {
  const before = wordBefore(text, matchStart)
  if (!AMBIGUOUS_MONTHS.has(name)) return MONTH_LEADS.has(before)
  return MONTH_WORDS.has(before) || (MONTH_LEADS.has(before) && wordAfter(text, end) === null)
}

/** 10/3/2018 or 2018-03-10 (NUMERIC_DATE). */
export function numericDate(m: RegExpExecArray): Candidate | null {
  const g = m.groups as Groups
  const year = num(g.y1 ?? g.y2) as number
  const month = num(g.m1 ?? g.m2) as number
  const day = num(g.d1 ?? g.d2) as number
  if (!inYears(year) || month < 1 || month > 12 || day < 1 || day > 31) return null
  const [start, end] = span(m, 'x')
  return { start, end, spec: { kind: 'calendar', year, month, day } }
}

/** A year after a year word or a preposition (YEAR_ALONE). */
export function yearAlone(m: RegExpExecArray, text: string): Candidate | null {
  const g = m.groups as Groups
  const year = Number(g.year)
  const end = m.index + m[0].length
  if (HIJRI_MARK.test(text.slice(end)) && g.gregorian === undefined) return null
  const strong = STRONG_YEAR_WORDS.has(g.lead as string) || g.yw !== undefined
  if (!inYears(year, strong ? YEAR_MIN : 1900)) return null
  if (!strong) {
    const next = wordAfter(text, end)
    const count = TIME_ONLY_LEADS.has(g.lead as string) ? next !== null && TIME_UNITS.has(next) : next !== null && !AFTER_YEAR.has(next)
    if (count) return null // "في 2000 موقع", "منذ 1500 عام": a count, not a year
  }
  const from = STRONG_YEAR_WORDS.has(g.lead as string) ? 'lead' : g.yw !== undefined ? 'yw' : 'year'
  return { start: span(m, from)[0], end, spec: { kind: 'calendar', year } }
}

const UNITS: Record<string, 'week' | 'month' | 'year'> = { اسبوع: 'week', شهر: 'month', عام: 'year', سنه: 'year' }

/** "الشهر الماضي", "هذا العام" (RELATIVE_UNIT). */
export function relativeUnit(m: RegExpExecArray): Candidate {
  const g = m.groups as Groups
  const [start, end] = span(m, 'x')
  return { start, end, spec: { kind: 'unit', unit: UNITS[(g.unit ?? g.unit2) as string] as 'week', shift: shiftOf(g.mod) ?? 'current' } }
}

const DAY_OFFSETS: Record<string, number> = { امس: -1, البارحه: -1, اليوم: 0, 'اول امس': -2, 'البارحه الاولي': -2 }

/** "أمس", "اليوم", "البارحة الأولى"; "اليوم الخميس" by its weekday (RELATIVE_DAY). */
export function relativeDay(m: RegExpExecArray, text: string): Candidate | null {
  const [start, end] = span(m, 'x')
  const word = (m.groups?.x as string).replace(/\s+/g, ' ')
  const next = wordAfter(text, end)
  // "اليوم العالمي", "اليوم الأول": a day named, not today.
  if (word === 'اليوم' && next !== null && next.startsWith('ال') && WEEKDAYS[next] === undefined) return null
  if (word === 'اليوم' && NOT_TODAY_BEFORE.has(wordBefore(text, m.index))) return null
  // "اليوم الخميس", "أمس الخميس": the weekday is the more exact word (a page's date may be the next day's).
  const weekday = next === null ? undefined : WEEKDAYS[next]
  if (weekday !== undefined && (word === 'اليوم' || word === 'امس')) {
    const after = text.indexOf(next as string, end) + (next as string).length
    return { start, end: after, spec: { kind: 'weekday', weekday, near: word === 'امس' ? -1 : 0 } }
  }
  return { start, end, spec: { kind: 'day', offset: DAY_OFFSETS[word] as number } }
}

/** A verb in the future ("سيواجه", "وستبدأ") or "بحلول" among the three words before: "سيواجه أيضا يوم الأربعاء" is the coming Wednesday. */
const FUTURE_VERB = /^[وف]?س[يتن]\p{L}{3,}$/u
const NOT_VERBS = /^[وف]?(?:سياس|سيار|سيد|سيطر|سيول|ستار|ستود|ستين|سنوات|سنه)/
function futureBefore(text: string, at: number): boolean {
  const before = text
    .slice(Math.max(0, at - 48), at)
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .slice(-3)
  return before.some((w) => w === 'بحلول' || (FUTURE_VERB.test(w) && !NOT_VERBS.test(w)))
}

/** "يوم الإثنين", "مساء الخميس الماضي" (WEEKDAY); a weekday alone ("صلاة الجمعة") is not a date. */
export function weekday(m: RegExpExecArray, text: string): Candidate | null {
  const g = m.groups as Groups
  if (g.lead === undefined && g.mod === undefined) return null
  const [start, end] = span(m, 'x')
  const shift = shiftOf(g.mod)
  const spec: DateSpec = { kind: 'weekday', weekday: WEEKDAYS[g.weekday as string] as number, shift }
  return { start, end, spec: shift === undefined && futureBefore(text, m.index) ? { ...spec, ahead: true } : spec }
}
