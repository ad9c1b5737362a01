import { z } from 'zod'
import { highlightColors } from '../store/annotations'
import { storySections } from './story-sections'

/**
 * What a briefing covers and how it is laid out. Validated at the API (schemas.ts) and stored as the
 * last export settings (settings.ts), so both places accept exactly the same shapes.
 */
const idSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\\/\u0000-\u001f\u007f]+$/u, 'must not contain path separators or control characters')

export const briefingScopeSchema = z.discriminatedUnion('kind', [
  /** Every entity with something to say, every highlight. */
  z.object({ kind: z.literal('everything') }).strict(),
  /** Chosen entities; `articleIds` narrows their sources (the CLI's --article). */
  z.object({ kind: z.literal('entities'), entityIds: z.array(idSchema).max(500), articleIds: z.array(idSchema).max(10_000).optional() }).strict(),
  /** Chosen articles: their highlights, and the entities they mention. */
  z.object({ kind: z.literal('articles'), articleIds: z.array(idSchema).max(10_000) }).strict(),
  /** Highlights of some colours and/or tagged with some entities (either filter may be empty, not both). */
  z.object({ kind: z.literal('highlights'), colors: z.array(z.enum(highlightColors)).max(highlightColors.length), tagIds: z.array(idSchema).max(500) }).strict(),
])
export type BriefingScope = z.infer<typeof briefingScopeSchema>

export const briefingOptionsSchema = z
  .object({
    /** The language of headings and fixed words (content keeps its own). */
    lang: z.enum(['ar', 'en']),
    sections: z.object({ entities: z.boolean(), articles: z.boolean(), sources: z.boolean() }).strict(),
    /** A title of the user's; else one is made from the scope. */
    title: z.string().max(300).optional(),
    /**
     * Scopes of everything or of articles: a section also for each entity that is only mentioned
     * (without it, an entity needs a quote, an orphan or a note in scope). Optional, so the export
     * settings stored before it load unchanged.
     */
    allEntities: z.boolean().optional(),
    /** The story sections to add (story-sections.ts); optional, so earlier export settings load unchanged. */
    with: z.array(z.enum(storySections)).max(storySections.length).optional(),
  })
  .strict()
export type BriefingOptions = z.infer<typeof briefingOptionsSchema>

/** The last export settings, remembered between exports. */
export const briefingPrefsSchema = z.object({ scope: briefingScopeSchema, options: briefingOptionsSchema }).strict()
export type BriefingPrefs = z.infer<typeof briefingPrefsSchema>

export interface BriefingStats {
  /** Entity sections. */
  entities: number
  /** Blockquotes written (a highlight quoted under two entities counts twice). */
  quotes: number
  /** Distinct highlights quoted. */
  highlights: number
  orphans: number
  sources: number
  notes: number
  /** One line per thing exported with a caveat (a note that was not valid editor JSON, …). */
  warnings: string[]
}

/** A file written beside the briefing's Markdown, which links to it by its name (the relation graph's SVG). */
export interface BriefingFile {
  /** A safe file name (see safe-file-name.ts); the Markdown's relative link points at it. */
  name: string
  content: string
  mediaType: string
}

export interface Briefing {
  markdown: string
  /** A safe file name made from the title (see safe-file-name.ts). */
  fileName: string
  title: string
  stats: BriefingStats
  /** Files to write beside the Markdown (absent when there are none). */
  files?: BriefingFile[]
}
