import { ar } from './ar'
import { en } from './en'
import type { Messages, Params, PluralForms, PluralKey, TextKey } from './messages'

export type Locale = 'ar' | 'en'

export const catalogues: Readonly<Record<Locale, Messages>> = { ar, en }

export const directionOf = (locale: Locale): 'rtl' | 'ltr' => (locale === 'ar' ? 'rtl' : 'ltr')

/** Numbers shown with Latin digits in both locales: the articles themselves use them (14.3, 100). */
const numberFormats: Record<Locale, Intl.NumberFormat> = {
  ar: new Intl.NumberFormat('ar-u-nu-latn'),
  en: new Intl.NumberFormat('en'),
}

const fill = (template: string, params: Params, locale: Locale): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) return whole
    return typeof value === 'number' ? numberFormats[locale].format(value) : value
  })

/** A message split at its placeholders, so a view can isolate each inserted value. */
export type MessagePart = string | { name: string; value: string }

export interface Translator {
  locale: Locale
  dir: 'rtl' | 'ltr'
  t(key: TextKey, params?: Params): string
  parts(key: TextKey, params: Params): MessagePart[]
  plural(key: PluralKey, count: number, params?: Params): string
  formatNumber(n: number): string
  formatDateTime(iso: string): string
}

export function createTranslator(locale: Locale): Translator {
  const messages = catalogues[locale]
  const rules = new Intl.PluralRules(locale)
  const dates = new Intl.DateTimeFormat(locale === 'ar' ? 'ar-u-nu-latn' : 'en', { dateStyle: 'medium', timeStyle: 'short' })
  return {
    locale,
    dir: directionOf(locale),
    t: (key, params = {}) => fill(messages[key] as string, params, locale),
    parts: (key, params) =>
      (messages[key] as string).split(/(\{\w+\})/).flatMap((piece): MessagePart[] => {
        const name = /^\{(\w+)\}$/.exec(piece)?.[1]
        const value = name === undefined ? undefined : params[name]
        if (name === undefined || value === undefined) return piece ? [piece] : []
        return [{ name, value: typeof value === 'number' ? numberFormats[locale].format(value) : value }]
      }),
    plural: (key, count, params = {}) => {
      const forms = messages[key] as PluralForms
      const template = forms[rules.select(count)] ?? forms.other
      return fill(template, { count, ...params }, locale)
    },
    formatNumber: (n) => numberFormats[locale].format(n),
    formatDateTime: (iso) => {
      const date = new Date(iso)
      return Number.isNaN(date.getTime()) ? iso : dates.format(date)
    },
  }
}
