import type { Entity, EntityType } from '../../../../core/entities/types'
import type { ArticleEntities } from '../../../../shared/api'
import type { MentionSpan } from '../reader/BlockText'

/**
 * What to underline: registry mentions the user has not rejected, amounts of money, and
 * suggestions, each only where nothing longer already claims the text, and only for the entity
 * types the reader chose to see.
 */
export function mentionSpans(data: ArticleEntities, entities: readonly Entity[], shown: readonly EntityType[]): MentionSpan[] {
  const typeOf = new Map(entities.map((e) => [e.id, e.type]))
  const spans: MentionSpan[] = []
  const free = (start: number, end: number): boolean => !spans.some((s) => s.start < end && s.end > start)
  for (const m of data.mentions) {
    const type = typeOf.get(m.entityId)
    if (!type || m.decision === 'rejected' || !shown.includes(type)) continue
    spans.push({ start: m.start, end: m.end, kind: 'entity', type, entityId: m.entityId, confirmed: m.decision === 'confirmed' || m.decision === 'linked' })
  }
  if (shown.includes('money')) {
    for (const m of data.money) if (free(m.start, m.end)) spans.push({ start: m.start, end: m.end, kind: 'money', type: 'money', ...(m.entityId ? { entityId: m.entityId } : {}) })
  }
  for (const s of data.suggestions) if (shown.includes(s.type) && free(s.start, s.end)) spans.push({ start: s.start, end: s.end, kind: 'suggestion', type: s.type })
  return spans.sort((a, b) => a.start - b.start)
}
