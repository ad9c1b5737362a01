import type { FigureKind } from '../../../../../core/story/figures/types'
import type { Translator } from '../../../i18n/translate'

const formats = new Map<string, Intl.NumberFormat>()

/**
 * The app's digits (Latin in both locales, as the articles write them) with the scale in words:
 * "14.3 مليار دولار أمريكي", "14.3 billion US dollars", "3 ملايين".
 */
function format(locale: 'ar' | 'en', currency?: string): Intl.NumberFormat {
  const key = `${locale} ${currency ?? ''}`
  let found = formats.get(key)
  if (!found) {
    const money: Intl.NumberFormatOptions = currency ? { style: 'currency', currency, currencyDisplay: 'name' } : {}
    found = new Intl.NumberFormat(locale === 'ar' ? 'ar-u-nu-latn' : 'en', { ...money, notation: 'compact', compactDisplay: 'long', minimumFractionDigits: 0, maximumFractionDigits: 2 })
    formats.set(key, found)
  }
  return found
}

/** A figure's value as the interface says it: "14.3 مليار دولار أمريكي", "15%", "2 ألف موظف". */
export function formatFigure(value: number, kind: FigureKind, unit: string, i18n: Pick<Translator, 'locale' | 'formatNumber'>): string {
  if (kind === 'percent') return `${i18n.formatNumber(value)}%`
  if (kind === 'money') {
    try {
      return format(i18n.locale, unit).format(value)
    } catch {
      return `${format(i18n.locale).format(value)} ${unit}` // a code Intl does not know
    }
  }
  return `${value >= 1000 ? format(i18n.locale).format(value) : i18n.formatNumber(value)} ${unit}`
}
