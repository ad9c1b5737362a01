import { z } from 'zod'
import { figureDecisionKinds, type FigureDecision } from '../story/figures/types'
import type { DocumentSpec } from './document-spec'
import { parseOrThrow } from './validate'

/**
 * figures.json: the user's decisions about the claims the figures view groups (confirm, split,
 * dismiss). Each names its claim's key and the figures it was made on (article, offsets, wording),
 * so it finds its claim again after the figures are extracted anew (groupClaims applies them).
 */
export const FIGURES_VERSION = 1

const figureRefSchema = z.object({
  articleId: z.string().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string().min(1),
})

export const figureDecisionSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(figureDecisionKinds),
  claimKey: z.string().min(1),
  sources: z.array(figureRefSchema).min(1),
  decidedAt: z.string(),
}) satisfies z.ZodType<FigureDecision>

const figuresDocumentSchema = z.object({
  schemaVersion: z.literal(FIGURES_VERSION),
  decisions: z.array(figureDecisionSchema),
})
export type FiguresDocument = z.infer<typeof figuresDocumentSchema>

export const figuresSpec: DocumentSpec<FiguresDocument> = {
  name: 'figures',
  currentVersion: FIGURES_VERSION,
  defaults: () => ({ schemaVersion: FIGURES_VERSION, decisions: [] }),
  validate: (value) => parseOrThrow(figuresDocumentSchema, value, 'figures'),
  // Version 1 is the first shape; later shapes add their step here, each with a test.
  migrations: [],
}
