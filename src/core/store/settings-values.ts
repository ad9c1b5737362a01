/**
 * The choices and bounds of the reading settings, free of zod so the renderer can import them
 * without shipping the schema library.
 */
export const fontChoices = ['naskh', 'amiri', 'sans'] as const
export const themeChoices = ['light', 'sepia', 'dark'] as const
export const localeChoices = ['ar', 'en'] as const

export const FONT_SIZE = { min: 14, max: 32, default: 20 } as const
export const LINE_HEIGHT = { min: 1.4, max: 2.4, default: 1.9 } as const

