import type { TimelineDate } from '../../../../../core/story/timeline'
import type { Translator } from '../../../i18n/translate'

const formats = new Map<string, Intl.DateTimeFormat>()

/** Calendar names as the interface's locale writes them, with the interface's (Latin) digits, in UTC. */
function format(locale: string, options: Intl.DateTimeFormatOptions): (date: Date) => string {
  const key = `${locale}|${JSON.stringify(options)}`
  let f = formats.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { ...options, timeZone: 'UTC' })
    formats.set(key, f)
  }
  return (date) => (f as Intl.DateTimeFormat).format(date)
}

const utc = (year: number, month: number, day = 1): Date => new Date(Date.UTC(year, month - 1, day))

/** A month's heading: "يونيو 2018", "June" (yearless). */
export function monthName(i18n: Translator, month: number, year?: number): string {
  return year === undefined
    ? format(i18n.locale, { month: 'long' })(utc(2000, month))
    : format(i18n.locale, { month: 'long', year: 'numeric' })(utc(year, month))
}

/** An item's date as shown beside it: "10 يونيو 2018", "يونيو 2018", "2018", "أسبوع 3 يونيو 2018", "10 يونيو" (yearless). */
export function dateText(i18n: Translator, date: TimelineDate): string {
  if (!date.iso) return ''
  const [a, b, c] = date.iso.replace(/^--/, '').split('-').map(Number) as [number, number?, number?]
  switch (date.precision) {
    case 'year':
      return String(a)
    case 'month':
      return monthName(i18n, b as number, a)
    case 'unknown-year':
      // A leap year, so that 29 February stays itself.
      return b === undefined ? monthName(i18n, a) : format(i18n.locale, { day: 'numeric', month: 'long' })(utc(2000, a, b))
    case 'week':
      return i18n.t('timeline.weekOf', {
        date: format(i18n.locale, { day: 'numeric', month: 'long', year: 'numeric' })(utc(a, b as number, c)),
      })
    default:
      return format(i18n.locale, { day: 'numeric', month: 'long', year: 'numeric' })(utc(a, b as number, c))
  }
}
