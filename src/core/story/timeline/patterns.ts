import { alternation, MONTH_NAMES, WEEKDAYS } from './calendar-names'

/**
 * The date expressions, written over normalised text (see calendar-names.ts). Each pattern's
 * group `x` is the expression as it will be marked: clitics ("و", "ف") and weak lead words ("في",
 * "منذ") stay outside it, year words ("عام 2018") and modifiers ("يونيو الماضي") inside. They are
 * sticky: find-dates.ts tries each only where a word that can start it starts (a scan of the whole
 * text per pattern cost ten times more).
 */

/** Not inside a word or a number. */
const L = '(?<![\\p{L}\\p{N}])'
const R = '(?![\\p{L}\\p{N}])'

const MONTHS = alternation(Object.keys(MONTH_NAMES))
const DAYS = alternation(Object.keys(WEEKDAYS))

/** "the past / the coming / this" after a month or a weekday (feminine forms for السنة). */
export const PAST_WORDS: ReadonlySet<string> = new Set(['الماضي', 'الماضيه', 'المنصرم', 'المنصرمه', 'الفائت', 'الفائته'])
export const NEXT_WORDS: ReadonlySet<string> = new Set(['المقبل', 'المقبله', 'القادم', 'القادمه'])
export const CURRENT_WORDS: ReadonlySet<string> = new Set(['الحالي', 'الحاليه', 'الجاري', 'الجاريه'])
const MODS = alternation([...PAST_WORDS, ...NEXT_WORDS, ...CURRENT_WORDS])

/**
 * A month by name: "10 يونيو/حزيران 2018", "الـ10 من شهر حزيران", "يونيو من عام 2018",
 * "يونيو الماضي", "مايو من العام الماضي", "حزيران". `mend` marks where the month's name(s) end,
 * `year` may turn out to be a Hijri year (checked after the match), `mod` is "الماضي", "المقبل"…
 * of the month, `ymod` of the year.
 */
export const MONTH_DATE = new RegExp(
  `${L}(?:[وف](?=[^\\s\\d]))?(?<x>(?:(?:ال)?(?<day>\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?)?(?<month>${MONTHS})` +
    `(?:\\s*[/(-]?\\s*(?:${MONTHS})\\s*\\)?)?(?<mend>)` +
    `(?:\\s*[،,]?\\s*(?:من\\s+)?(?:(?:ال)?عام\\s+|(?:ال)?سنه\\s+)?(?<year>\\d{4})(?:م(?!\\p{L}))?(?![\\p{N}]|[.,]\\d))?` +
    `(?:\\s+(?<mod>${MODS})|\\s+(?:من\\s+)?(?:العام|السنه)\\s+(?<ymod>${MODS}))?)${R}`,
  'ydu',
)

/** Numeric dates, day first as Arabic news writes them (10/3/2018, 10-03-2018, 10.3.2018), or year first (2018-03-10). */
export const NUMERIC_DATE = new RegExp(
  `${L}(?:[وف])?(?<x>(?<d1>\\d{1,2})(?<s1>[/.-])(?<m1>\\d{1,2})\\k<s1>(?<y1>\\d{4})|(?<y2>\\d{4})(?<s2>[/-])(?<m2>\\d{1,2})\\k<s2>(?<d2>\\d{1,2}))(?![\\p{L}\\p{N}]|[/.-]\\d)`,
  'ydu',
)

/**
 * Words that make a number after them a year. Strong ones name the year ("عام 2018", "مطلع 2019")
 * and belong to the expression; weak ones ("في 2017", "منذ 2015") are prepositions that a count
 * may follow too ("في 2000 موقع"), so their year must not be followed by a noun (find-dates.ts).
 */
export const STRONG_YEAR_WORDS: ReadonlySet<string> = new Set([
  'عام',
  'لعام',
  'للعام',
  'بعام',
  'العام',
  'سنه',
  'السنه',
  'مطلع',
  'مطالع',
  'اوائل',
  'اواخر',
  'نهايه',
  'بدايه',
  'منتصف',
  'اوساط',
  'ربيع',
  'صيف',
  'خريف',
  'شتاء',
])
export const WEAK_YEAR_WORDS: ReadonlySet<string> = new Set(['في', 'منذ', 'خلال', 'حتي', 'بحلول', 'قبل', 'بعد', 'من', 'الي', 'طوال'])

export const YEAR_ALONE = new RegExp(
  `${L}(?:[وف](?=[^\\s\\d]))?(?<lead>${alternation([...STRONG_YEAR_WORDS, ...WEAK_YEAR_WORDS])})\\s+(?<yw>(?:ال)?عام\\s+)?(?<year>\\d{4})(?<gregorian>م(?!\\p{L}))?(?![\\p{N}]|[.,]\\d)`,
  'ydu',
)

/** "الشهر الماضي", "العام المقبل", "السنة الماضية", "للعام الجاري", "هذا الأسبوع". */
export const RELATIVE_UNIT = new RegExp(
  `${L}(?:[وف](?=[^\\s\\d]))?(?<x>(?:بال|لل|ال)(?<unit>اسبوع|شهر|عام|سنه)\\s+(?<mod>${MODS})|(?:هذا|هذه)\\s+ال(?<unit2>اسبوع|شهر|عام|سنه))${R}`,
  'ydu',
)

/** "أمس", "أول أمس", "البارحة", "البارحة الأولى" (the day before), "اليوم". (غدًا is left out: غدا is also "became".) */
export const RELATIVE_DAY = new RegExp(`${L}(?:[وف](?=[^\\s\\d]))?(?<x>اول\\s+امس|امس|البارحه\\s+الاولي|البارحه|اليوم)${R}`, 'ydu')

/** "يوم الإثنين", "مساء الخميس الماضي", "الأحد المقبل"; a weekday alone ("صلاة الجمعة") is not a date. */
export const WEEKDAY = new RegExp(
  `${L}(?:[وف](?=[^\\s\\d]))?(?<x>(?:(?<lead>يوم|مساء|صباح|ليله|ظهر|فجر|عصر)\\s+(?:يوم\\s+)?)?(?<weekday>${DAYS})(?:\\s+(?<mod>${MODS}))?)${R}`,
  'ydu',
)
