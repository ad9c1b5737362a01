import type { Article } from '../../core/corpus/types'
import { compareItems, withEntities } from '../../core/story/timeline'
import type { DaftarApi, TimelineEntry, TimelineQuery } from '../../shared/api'
import { err, ok, type Result } from '../../shared/result'
import type { EntitiesService } from '../entities/entities-service'
import { TimelineCache } from './timeline-cache'

/** What the timeline reads (the Backend fits). */
export interface TimelineSources {
  articles(): readonly Article[]
  entities: Pick<EntitiesService, 'entities' | 'acceptedIn'>
}

/** Articles read between two turns of the event loop: a first read of 10,000 articles takes seconds, and other requests must not wait for all of it. */
const ARTICLES_PER_TURN = 50
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/**
 * The timeline of the library, of some articles, or of one entity (the statements whose sentence
 * names it): dated items first in date order, then those whose year the text does not give, then
 * relative ones no article date could place. An unknown entity or article answers not-found.
 */
export async function timelineOf(sources: TimelineSources, cache: TimelineCache, query: TimelineQuery): Promise<Result<TimelineEntry[]>> {
  const library = sources.articles()
  cache.keepOnly(new Set(library.map((a) => a.id)))
  if (query.entityId !== undefined && !sources.entities.entities.some((e) => e.id === query.entityId)) {
    return err('not-found', `No entity with id "${query.entityId}".`)
  }
  const wanted = query.articleIds ? new Set(query.articleIds) : null
  const missing = query.articleIds?.find((id) => !library.some((a) => a.id === id))
  if (missing !== undefined) return err('not-found', `No article with id "${missing}".`)

  const entries: TimelineEntry[] = []
  let read = 0
  for (const article of library) {
    if (wanted && !wanted.has(article.id)) continue
    if (++read % ARTICLES_PER_TURN === 0) await nextTurn()
    const statements = cache.statements(article)
    if (statements.length === 0) continue
    for (const item of withEntities(statements, sources.entities.acceptedIn(article))) {
      if (query.entityId === undefined || item.entityIds.includes(query.entityId)) entries.push({ ...item, articleTitle: article.meta.title })
    }
  }
  return ok(entries.sort(compareItems(new Map(library.map((a, i) => [a.id, i])))))
}

/** The timeline's method of the API (arguments already validated). */
export function timelineMethods(sources: TimelineSources): Pick<DaftarApi, 'getTimeline'> {
  const cache = new TimelineCache()
  return { getTimeline: (query) => timelineOf(sources, cache, query) }
}
