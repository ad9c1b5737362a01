import type { FigureKind } from '../../../../../core/story/figures/types'
import type { Translator } from '../../../i18n/translate'

const compact = new Map<string, Intl.NumberFormat>()
const currencies = new Map<string, Intl.DisplayNames>()

/** The app's digits (Latin in both locales, as the articles write them) in words for the scale: "14.3 مليار", "14.3 billion". */
function compactNumber(value: number, locale: 'ar' | 'en'): string {
  let format = compact.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(locale === 'ar' ? 'ar-u-nu-latn' : 'en', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 })
    compact.set(locale, format)
  }
  return format.format(value)
}

function currencyName(code: string, locale: 'ar' | 'en'): string {
  let names = currencies.get(locale)
  if (!names) {
    names = new Intl.DisplayNames(locale, { type: 'currency' })
    currencies.set(locale, names)
  }
  try {
    return names.of(code) ?? code
  } catch {
    return code
  }
}

/** A figure's value as the interface says it: "14.3 مليار دولار أمريكي", "15%", "2 ألف موظف". */
export function formatFigure(value: number, kind: FigureKind, unit: string, i18n: Pick<Translator, 'locale' | 'formatNumber'>): string {
  if (kind === 'percent') return `${i18n.formatNumber(value)}%`
  const amount = value >= 1000 ? compactNumber(value, i18n.locale) : i18n.formatNumber(value)
  return kind === 'money' ? `${amount} ${currencyName(unit, i18n.locale)}` : `${amount} ${unit}`
}
