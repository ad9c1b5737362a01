import { z } from 'zod'
import { entityTypes, type Entity } from '../entities/types'
import type { DocumentSpec } from './document-spec'
import { parseOrThrow } from './validate'

const iso = z.string().min(1).max(40)
const name = z.string().max(300)

export const entitySchema = z.object({
  id: z.string().min(1).max(100),
  type: z.enum(entityTypes),
  nameAr: name,
  nameLatin: name,
  aliases: z.array(z.string().min(1).max(300)).max(200),
  description: z.string().max(20_000),
  descriptionAr: z.string().max(20_000).optional(),
  money: z.object({ value: z.number().finite().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/) }).optional(),
  createdAt: iso,
  updatedAt: iso,
}) satisfies z.ZodType<Entity>

/**
 * The user's verdict on one mention: confirmed, rejected, or a span the finder missed, linked by hand.
 * Tied to the text it was made on (contentHash): a verdict on another version of the text is ignored.
 */
export const mentionDecisionSchema = z.object({
  id: z.string().min(1).max(100),
  articleId: z.string().min(1).max(200),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  entityId: z.string().min(1).max(100),
  decision: z.enum(['confirmed', 'rejected', 'linked']),
  at: iso,
})
export type MentionDecision = z.infer<typeof mentionDecisionSchema>

export const ENTITIES_VERSION = 1

const entitiesDocumentSchema = z.object({
  schemaVersion: z.literal(ENTITIES_VERSION),
  entities: z.array(entitySchema),
  decisions: z.array(mentionDecisionSchema),
  /**
   * Names discovery must never propose again (normalised, see nameKey), as the user chose. Optional,
   * so registries written before it stay valid as they are.
   */
  ignoredNames: z.array(z.string().min(1).max(300)).max(100_000).optional(),
})
export type EntitiesDocument = z.infer<typeof entitiesDocumentSchema>

/** The registry and the mention verdicts: one small document (hundreds of entities, not thousands of records). */
export const entitiesSpec: DocumentSpec<EntitiesDocument> = {
  name: 'entities',
  currentVersion: ENTITIES_VERSION,
  defaults: () => ({ schemaVersion: ENTITIES_VERSION, entities: [], decisions: [] }),
  validate: (value) => parseOrThrow(entitiesDocumentSchema, value, 'entities'),
  migrations: [],
}

/** The starter registry shipped in seeds/entities.json: entities only, copied into the user's store once. */
export const starterRegistrySchema = z.object({ schemaVersion: z.literal(1), entities: z.array(entitySchema) })
