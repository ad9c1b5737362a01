import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react'
import { createTranslator, type Locale, type Translator } from './translate'

const I18nContext = createContext<Translator>(createTranslator('ar'))

/** Provides the translator and keeps <html lang dir> in step with the interface language. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }): ReactNode {
  const translator = useMemo(() => createTranslator(locale), [locale])
  useEffect(() => {
    document.documentElement.lang = locale
    document.documentElement.dir = translator.dir
    document.title = `${translator.t('app.name')} — ${translator.t('app.tagline')}`
  }, [locale, translator])
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>
}

export const useI18n = (): Translator => useContext(I18nContext)
