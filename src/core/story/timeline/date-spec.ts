/** What a date expression says, before it is placed against the article's own date (resolve.ts). */
export type Shift = 'past' | 'next' | 'current'

export type DateSpec =
  /** A calendar date, as far as the text gives it: a year alone, a month (with its day), a numeric date. */
  | { kind: 'calendar'; year?: number; month?: number; day?: number; shift?: Shift }
  /** "الأسبوع الماضي", "الشهر المقبل", "هذا العام". */
  | { kind: 'unit'; unit: 'week' | 'month' | 'year'; shift: Shift }
  /** "أمس" (-1), "أول أمس" (-2), "اليوم" (0). */
  | { kind: 'day'; offset: number }
  /**
   * "يوم الإثنين" (on or before the article's day), "الخميس الماضي", "الأحد المقبل"; `ahead` when
   * the sentence speaks of the future ("سيواجه يوم الأربعاء"): on or after the article's day.
   */
  | { kind: 'weekday'; weekday: number; shift?: Shift; ahead?: boolean }

/** A date expression found in a text: its raw range and what it says. */
export interface FoundDate {
  start: number
  end: number
  spec: DateSpec
}
