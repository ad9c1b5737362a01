import { z } from 'zod'
import { briefingPrefsSchema } from '../briefing/scope'
import { entityTypes } from '../entities/types'
import type { DocumentSpec } from './document-spec'
import { fontChoices, localeChoices, themeChoices, FONT_SIZE, LINE_HEIGHT } from './settings-values'
import { parseOrThrow } from './validate'

const readingFields = {
  font: z.enum(fontChoices),
  fontSize: z.number().int().min(FONT_SIZE.min).max(FONT_SIZE.max),
  lineHeight: z.number().min(LINE_HEIGHT.min).max(LINE_HEIGHT.max),
  theme: z.enum(themeChoices),
  locale: z.enum(localeChoices),
  /** Entity types whose mentions are underlined while reading. */
  underlines: z.array(z.enum(entityTypes)).max(entityTypes.length),
  /** The last briefing export's scope and options (absent until the first export: optional, so no migration). */
  lastBriefing: briefingPrefsSchema.optional(),
}

export const readingSettingsSchema = z.object({
  ...readingFields,
  // Added after version 1 shipped, with a default, so a version-1 file without it stays valid:
  // an additive field needs no migration.
  underlines: readingFields.underlines.default([...entityTypes]),
})

/** A change of some settings. No defaults here: a patch that leaves a field out must not reset it. */
export const readingSettingsPatchSchema = z.object(readingFields).partial().strict()
export type ReadingSettings = z.infer<typeof readingSettingsSchema>

/** Where the reader left an article: the text offset at the top of the view, and how far through. */
export const readingPositionSchema = z.object({
  offset: z.number().int().min(0),
  progress: z.number().min(0).max(1),
  updatedAt: z.string(),
})
export type ReadingPosition = z.infer<typeof readingPositionSchema>

export const SETTINGS_VERSION = 1

const settingsDocumentSchema = z.object({
  schemaVersion: z.literal(SETTINGS_VERSION),
  reading: readingSettingsSchema,
  session: z.object({
    lastArticleId: z.string().nullable(),
    positions: z.record(z.string(), readingPositionSchema),
  }),
})
export type SettingsDocument = z.infer<typeof settingsDocumentSchema>

export const defaultReadingSettings = (): ReadingSettings => ({
  font: 'naskh',
  fontSize: FONT_SIZE.default,
  lineHeight: LINE_HEIGHT.default,
  theme: 'light',
  locale: 'ar',
  underlines: [...entityTypes],
})

export const settingsSpec: DocumentSpec<SettingsDocument> = {
  name: 'settings',
  currentVersion: SETTINGS_VERSION,
  defaults: () => ({
    schemaVersion: SETTINGS_VERSION,
    reading: defaultReadingSettings(),
    session: { lastArticleId: null, positions: {} },
  }),
  validate: (value) => parseOrThrow(settingsDocumentSchema, value, 'settings'),
  // Version 1 is the first shape; later shapes add their step here, each with a test.
  migrations: [],
}
