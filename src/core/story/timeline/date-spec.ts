/** What a date expression says, before it is placed against the article's own date (resolve.ts). */
export type Shift = 'past' | 'next' | 'current'

export type DateSpec =
  /**
   * A calendar date, as far as the text gives it: a year alone, a month (with its day), a numeric
   * date; `shift` for "يونيو الماضي", `yearShift` for "مايو من العام الماضي".
   */
  | { kind: 'calendar'; year?: number; month?: number; day?: number; shift?: Shift; yearShift?: Shift }
  /** "الأسبوع الماضي", "الشهر المقبل", "هذا العام". */
  | { kind: 'unit'; unit: 'week' | 'month' | 'year'; shift: Shift }
  /** "أمس" (-1), "أول أمس" (-2), "اليوم" (0). */
  | { kind: 'day'; offset: number }
  /**
   * "يوم الإثنين" (on or before the article's day), "الخميس الماضي", "الأحد المقبل"; `ahead` when
   * the sentence speaks of the future ("سيواجه يوم الأربعاء"): on or after the article's day;
   * `near` for "اليوم الأربعاء" (0) and "أمس الخميس" (-1): the weekday nearest that many days from
   * the article's day (a page's date is often a day off the day it was written).
   */
  | { kind: 'weekday'; weekday: number; shift?: Shift; ahead?: boolean; near?: number }

/** A date expression found in a text: its raw range and what it says. */
export interface FoundDate {
  start: number
  end: number
  spec: DateSpec
}
