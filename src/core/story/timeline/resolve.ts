import type { DateSpec, Shift } from './date-spec'
import type { TimelineDate } from './types'

/** A day of the Gregorian calendar (UTC), the article's date or a date computed from it. */
export interface Day {
  year: number
  month: number
  day: number
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')
const isoDay = (d: Day): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`
const isoMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`

const fromTime = (t: number): Day => {
  const d = new Date(t)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}
const timeOf = (d: Day): number => Date.UTC(d.year, d.month - 1, d.day)
const addDays = (d: Day, n: number): Day => fromTime(timeOf(d) + n * 86_400_000)
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** The article's day from an ISO date ("2018-06-10T…"), or undefined. */
export function dayOf(iso: string | undefined): Day | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined
}

const STEP: Record<Shift, number> = { past: -1, current: 0, next: 1 }

const UNRESOLVED: TimelineDate = { precision: 'relative-unresolved', relative: true }

/**
 * Places a date expression on the calendar. A relative one ("الشهر الماضي", "يونيو الماضي",
 * "يوم الإثنين") is resolved against the article's day when known, else left unresolved; a month
 * without a year and without "الماضي"/"المقبل" stays yearless, even in a dated article, since the
 * text does not say which year. Null when the date cannot exist (31 حزيران).
 */
export function resolveDate(spec: DateSpec, ref: Day | undefined): TimelineDate | null {
  switch (spec.kind) {
    case 'calendar':
      return calendar(spec, ref)
    case 'unit':
      return ref ? unit(spec.unit, spec.shift, ref) : UNRESOLVED
    case 'day':
      return ref ? { precision: 'day', iso: isoDay(addDays(ref, spec.offset)), relative: true } : UNRESOLVED
    case 'weekday': {
      if (!ref) return UNRESOLVED
      const day =
        spec.near === undefined
          ? weekday(spec.weekday, spec.shift, spec.ahead === true, ref)
          : nearest(spec.weekday, addDays(ref, spec.near))
      return { precision: 'day', iso: isoDay(day), relative: true }
    }
  }
}

function calendar(spec: Extract<DateSpec, { kind: 'calendar' }>, ref: Day | undefined): TimelineDate | null {
  const { month, day } = spec
  if (month === undefined) return spec.year === undefined ? null : { precision: 'year', iso: pad(spec.year, 4), relative: false }
  let year = spec.year
  const relative = year === undefined && (spec.shift !== undefined || spec.yearShift !== undefined)
  if (relative) {
    if (!ref) return UNRESOLVED
    year = spec.yearShift ? ref.year + STEP[spec.yearShift] : monthYear(month, spec.shift as Shift, ref)
  }
  if (day !== undefined && day > daysIn(year ?? 2000, month)) return null // 29 February passes without a year
  if (year === undefined)
    return { precision: 'unknown-year', iso: day === undefined ? `--${pad(month)}` : `--${pad(month)}-${pad(day)}`, relative: false }
  return day === undefined
    ? { precision: 'month', iso: isoMonth(year, month), relative }
    : { precision: 'day', iso: isoDay({ year, month, day }), relative }
}

/** "يونيو الماضي": the last June before the article's month; "يونيو المقبل": the next one after it. */
function monthYear(month: number, shift: Shift, ref: Day): number {
  if (shift === 'past') return month < ref.month ? ref.year : ref.year - 1
  if (shift === 'next') return month > ref.month ? ref.year : ref.year + 1
  return ref.year
}

function unit(kind: 'week' | 'month' | 'year', shift: Shift, ref: Day): TimelineDate {
  const step = STEP[shift]
  if (kind === 'year') return { precision: 'year', iso: pad(ref.year + step, 4), relative: true }
  if (kind === 'week') return { precision: 'week', iso: isoDay(addDays(ref, 7 * step)), relative: true }
  const index = ref.year * 12 + (ref.month - 1) + step
  return { precision: 'month', iso: isoMonth(Math.floor(index / 12), (index % 12) + 1), relative: true }
}

/** The day of weekday `target` nearest `around` (three days either side). */
function nearest(target: number, around: Day): Day {
  const ahead = (target - new Date(timeOf(around)).getUTCDay() + 7) % 7
  return addDays(around, ahead > 3 ? ahead - 7 : ahead)
}

/**
 * "يوم الإثنين": the latest Monday on or before the article's day ("ahead": the first on or after
 * it); "الماضي" strictly before, "المقبل" strictly after.
 */
function weekday(target: number, shift: Shift | undefined, ahead: boolean, ref: Day): Day {
  const today = new Date(timeOf(ref)).getUTCDay()
  if (shift === 'next') return addDays(ref, ((target - today + 6) % 7) + 1)
  if (ahead && shift === undefined) return addDays(ref, (target - today + 7) % 7)
  const back = (today - target + 7) % 7
  return addDays(ref, shift === 'past' && back === 0 ? -7 : -back)
}
