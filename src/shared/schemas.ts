import { z } from 'zod'
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

/**
 * The argument tuple of every method, validated by the handler before it runs. Typed against
 * DaftarApi so a method cannot be added without its schema.
 */
export const requestSchemas: { [M in ApiMethod]: z.ZodType<ApiArgs<M>> } = {
  getStartupReport: none,
  listLibrary: none,
  getArticle: z.tuple([articleIdSchema]),
  getSettings: none,
  updateSettings: z.tuple([readingSettingsSchema.partial().strict()]),
  getSession: none,
  saveReadingPosition: z.tuple([
    articleIdSchema,
    z.object({ offset: z.number().int().min(0).max(100_000_000), progress: z.number().min(0).max(1) }).strict(),
  ]),
}
