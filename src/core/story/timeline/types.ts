/**
 * A date found in an article's text, as precise as the text allows and no more.
 *
 * - 'day' / 'month' / 'year': the calendar date is known to that precision (iso "2018-06-10",
 *   "2018-06", "2018").
 * - 'week': a week known by one of its days (iso is that day: "the week of 2018-06-03").
 * - 'unknown-year': a month, or a day and a month, the text gives without a year and no article date
 *   places ("في يونيو", "10 حزيران"): iso is ISO 8601's yearless form ("--06", "--06-10").
 * - 'relative-unresolved': a relative expression ("الشهر الماضي", "يوم الإثنين") in an article whose
 *   own date is unknown: no iso.
 */
export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'unknown-year' | 'relative-unresolved'

export interface TimelineDate {
  precision: DatePrecision
  /** ISO 8601 at the precision above; absent when relative-unresolved. */
  iso?: string
  /** True when the date was resolved from a relative expression against the article's date. */
  relative: boolean
}

/** A range of an article's text (UTF-16 offsets into article.text) and the text it covers. */
export interface TextSpan {
  start: number
  end: number
  text: string
}

/** One dated statement: a date expression, the sentence it stands in, and who that sentence names. */
export interface TimelineItem {
  articleId: string
  date: TimelineDate
  /** The date expression as written ("10 يونيو/حزيران 2018", "الشهر الماضي"). */
  expression: TextSpan
  /** The sentence around it, exactly as in the text. */
  sentence: TextSpan
  /** Registry entities with an accepted mention inside the sentence, in reading order, once each. */
  entityIds: string[]
}
