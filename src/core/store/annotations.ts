import { z } from 'zod'
import { QUOTE_CONTEXT_CHARS } from '../anchoring/selectors'
import type { DocumentSpec } from './document-spec'
import { parseOrThrow } from './validate'

export const highlightColors = ['yellow', 'green', 'blue', 'pink', 'purple'] as const
export type HighlightColor = (typeof highlightColors)[number]

const quoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(200_000),
  prefix: z.string().max(QUOTE_CONTEXT_CHARS),
  suffix: z.string().max(QUOTE_CONTEXT_CHARS),
})

const positionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .refine((s) => s.end > s.start, 'end must be greater than start')

/** A highlight: a W3C-shaped target on one article, with what the user added to it. */
export const highlightSchema = z.object({
  id: z.string().min(1).max(100),
  articleId: z.string().min(1).max(200),
  /** contentHash of the article text the selectors were made on. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  target: z.object({ quote: quoteSelectorSchema, position: positionSelectorSchema }),
  color: z.enum(highlightColors),
  comment: z.string().max(20_000),
  entityIds: z.array(z.string().min(1).max(100)).max(1000),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** contentHash of the text this highlight last failed to anchor on (an orphan already reported). */
  orphanedOn: z.string().optional(),
})
export type Highlight = z.infer<typeof highlightSchema>

export const ANNOTATIONS_VERSION = 1

/** A record that failed validation, kept verbatim with the reason: set aside, never deleted. */
const setAsideSchema = z.object({ record: z.unknown(), reason: z.string() })
export type SetAsideRecord = z.infer<typeof setAsideSchema>

const annotationsDocumentSchema = z.object({
  schemaVersion: z.literal(ANNOTATIONS_VERSION),
  articleId: z.string().min(1),
  highlights: z.array(highlightSchema),
  setAside: z.array(setAsideSchema).optional(),
})
export type AnnotationsDocument = z.infer<typeof annotationsDocumentSchema>

/** The document's shape with its highlights still unchecked, so each can be checked on its own. */
const looseDocumentSchema = annotationsDocumentSchema.extend({ highlights: z.array(z.unknown()) })

/**
 * Validates a document record by record: one malformed highlight (a hand-edited file, a bug in an
 * older build) is set aside with its reason, and every other highlight of the article still loads.
 * Only a document whose shape itself is wrong fails as a whole (and is quarantined).
 */
function validateAnnotations(value: unknown, articleId: string): AnnotationsDocument {
  const doc = parseOrThrow(looseDocumentSchema, value, `annotations of ${articleId}`)
  const highlights: Highlight[] = []
  const setAside: SetAsideRecord[] = [...(doc.setAside ?? [])]
  for (const record of doc.highlights) {
    const checked = highlightSchema.safeParse(record)
    if (checked.success) highlights.push(checked.data)
    else setAside.push({ record, reason: z.prettifyError(checked.error).replace(/\n+/g, '; ') })
  }
  return { ...doc, highlights, ...(setAside.length ? { setAside } : {}) }
}

/**
 * Annotations live in one lowdb file per article, so saving one highlight rewrites only that
 * article's highlights (a few KB) instead of every highlight the user ever made (see README,
 * "Store layout").
 */
export const annotationsSpec = (articleId: string): DocumentSpec<AnnotationsDocument> => ({
  name: articleId,
  currentVersion: ANNOTATIONS_VERSION,
  defaults: () => ({ schemaVersion: ANNOTATIONS_VERSION, articleId, highlights: [] }),
  validate: (value) => validateAnnotations(value, articleId),
  migrations: [],
})
