/**
 * Month and weekday names as they read after normalizeForMatching (أ/إ/آ → ا, ة → ه, ى → ي): the
 * Egyptian-Gulf names (يونيو), the Levantine-Iraqi ones (حزيران), the Maghreb ones (جوان) and common
 * spellings (يونيه، إبريل، اغسطس). The Maghreb "ماي" (May) is left out: it is too often a Latin
 * "my" or a name written in Arabic letters.
 */
// One line per month, read as a table.
// prettier-ignore
export const MONTH_NAMES: Readonly<Record<string, number>> = {
  يناير: 1, 'كانون الثاني': 1, 'كانون ثاني': 1, جانفي: 1,
  فبراير: 2, شباط: 2, فيفري: 2,
  مارس: 3, اذار: 3,
  ابريل: 4, نيسان: 4, افريل: 4,
  مايو: 5, ايار: 5,
  يونيو: 6, يونيه: 6, حزيران: 6, جوان: 6,
  يوليو: 7, يوليه: 7, تموز: 7, جويليه: 7,
  اغسطس: 8, اب: 8, اوت: 8,
  سبتمبر: 9, ستمبر: 9, ايلول: 9,
  اكتوبر: 10, 'تشرين الاول': 10, 'تشرين اول': 10,
  نوفمبر: 11, 'تشرين الثاني': 11, 'تشرين ثاني': 11,
  ديسمبر: 12, 'كانون الاول': 12, 'كانون اول': 12,
}

/**
 * Month names that are also common words or names in news text: آب (father, "آب ستور" for App
 * Store), نيسان (Nissan), مايو (Mayo Clinic). Alone — without a day before or a year after — they
 * count as a month only when the text says so: "شهر آب", "آب الماضي", or "في آب" closing a phrase.
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['اب', 'نيسان', 'مايو'])

/** Weekdays, Sunday = 0 as in Date.getUTCDay. */
// prettier-ignore
export const WEEKDAYS: Readonly<Record<string, number>> = {
  الاحد: 0, الاثنين: 1, الاتنين: 1, الثلاثاء: 2, الاربعاء: 3, الخميس: 4, الجمعه: 5, السبت: 6,
}

/** An alternation of names for a regular expression, longest first so "كانون الثاني" wins over a prefix. */
export const alternation = (names: readonly string[]): string =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/ /g, '\\s+'))
    .join('|')
