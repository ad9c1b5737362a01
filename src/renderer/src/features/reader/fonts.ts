import type { ReadingSettings } from '../../../../core/store/settings'

/** The bundled reading faces (loaded in styles/fonts.css from @fontsource, never the network). */
const FONT_FAMILIES: Readonly<Record<ReadingSettings['font'], string>> = {
  naskh: 'Noto Naskh Arabic',
  amiri: 'Amiri',
  sans: 'Noto Sans Arabic',
}

export const fontNameOf = (font: ReadingSettings['font']): string => FONT_FAMILIES[font]

export const fontFamilyOf = (font: ReadingSettings['font']): string =>
  `'${FONT_FAMILIES[font]}', ${font === 'sans' ? 'sans-serif' : 'serif'}`
