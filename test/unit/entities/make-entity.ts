import type { Entity } from '../../../src/core/entities/types'

const T = '2025-07-01T00:00:00.000Z'

/** A registry entity for tests: only what the case needs, the rest empty. */
export const entity = (id: string, fields: Partial<Entity>): Entity => ({
  id,
  type: 'person',
  nameAr: '',
  nameLatin: '',
  aliases: [],
  description: '',
  createdAt: T,
  updatedAt: T,
  ...fields,
})

/** Mentions as readable pairs: [entity id, the raw text it covers]. */
export const shown = (text: string, mentions: readonly { start: number; end: number; entityId: string }[]): [string, string][] =>
  mentions.map((m) => [m.entityId, text.slice(m.start, m.end)])
