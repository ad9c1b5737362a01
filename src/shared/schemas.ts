import { z } from 'zod'
import { highlightColors, highlightSchema } from '../core/store/annotations'
import { readingSettingsSchema } from '../core/store/settings'
import type { ApiArgs, ApiMethod } from './api'

/** Ids are file stems: bounded, no path separators, no control characters. */
export const articleIdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\\/\u0000-\u001f\u007f]+$/u, 'must not contain path separators or control characters')
  .refine((s) => s !== '.' && s !== '..', 'must not be a relative path')

const none = z.tuple([])

const offset = z.number().int().min(0).max(100_000_000)
const highlightIdSchema = z.string().min(1).max(100)
const commentSchema = z.string().max(20_000)

const newHighlightSchema = z
  .object({ articleId: articleIdSchema, start: offset, end: offset, color: z.enum(highlightColors), comment: commentSchema.optional() })
  .strict()
  .refine((h) => h.end > h.start, 'end must be greater than start')

/**
 * The argument tuple of every method, validated by the handler before it runs. Typed against
 * DaftarApi so a method cannot be added without its schema.
 */
export const requestSchemas: { [M in ApiMethod]: z.ZodType<ApiArgs<M>> } = {
  getStartupReport: none,
  takeNotices: none,
  listLibrary: none,
  getArticle: z.tuple([articleIdSchema]),
  getSettings: none,
  updateSettings: z.tuple([readingSettingsSchema.partial().strict()]),
  getSession: none,
  saveReadingPosition: z.tuple([
    articleIdSchema,
    z.object({ offset, progress: z.number().min(0).max(1) }).strict(),
  ]),
  listHighlights: z.tuple([articleIdSchema]),
  listAllHighlights: none,
  createHighlights: z.tuple([newHighlightSchema]),
  updateHighlight: z.tuple([highlightIdSchema, z.object({ color: z.enum(highlightColors).optional(), comment: commentSchema.optional() }).strict()]),
  deleteHighlight: z.tuple([highlightIdSchema]),
  restoreHighlight: z.tuple([highlightSchema.strict()]),
  reattachHighlight: z.tuple([highlightIdSchema, offset, offset]).refine(([, start, end]) => end > start, 'end must be greater than start'),
}
