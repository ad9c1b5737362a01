import type { BriefingScope } from '../../core/briefing/scope'
import type { Article } from '../../core/corpus/types'
import type { Entity } from '../../core/entities/types'
import { packTies } from '../../core/story/relations/packed'
import { articleTies } from '../../core/story/relations/ties'
import type { ArticleTies } from '../../core/story/relations/types'
import type { DaftarApi, RelationGraphRequest, RelationGraphView } from '../../shared/api'
import { err, ok, type Result } from '../../shared/result'
import type { EntitiesService } from '../entities/entities-service'
import type { HighlightsService } from '../highlights/highlights-service'
import { WorkerClient } from '../workers/worker-client'
import { createRelationMethods, type RelationMethods } from './relation-methods'

/** The parts of the backend the graph reads (the Backend itself fits). */
export interface RelationSources {
  articles(): readonly Article[]
  entities: EntitiesService
  highlights: HighlightsService
}

/**
 * Above this many mentions the ties are counted and laid out in the relations worker: a library of
 * a few hundred articles is done inline in milliseconds, 10,000 articles take a second or more.
 */
export const OFF_THREAD_MENTIONS = 20_000

/** The articles a scope covers (not-found when it names an article the library does not hold). */
async function scopeArticles(sources: RelationSources, scope: BriefingScope): Promise<Result<readonly Article[]>> {
  const all = sources.articles()
  const ids = new Set(all.map((a) => a.id))
  switch (scope.kind) {
    case 'everything':
      return ok(all)
    case 'entities':
    case 'articles': {
      const chosen = scope.articleIds ?? []
      const unknown = chosen.find((id) => !ids.has(id))
      if (unknown !== undefined) return err('not-found', `No article with id "${unknown}".`)
      return ok(scope.kind === 'entities' && chosen.length === 0 ? all : all.filter((a) => chosen.includes(a.id)))
    }
    case 'highlights': {
      const listed = await sources.highlights.listAll()
      if (!listed.ok) return listed
      const holding = new Set(
        listed.value
          .filter((h) => (scope.colors.length === 0 || scope.colors.includes(h.color)) && (scope.tagIds.length === 0 || h.entityIds.some((id) => scope.tagIds.includes(id))))
          .map((h) => h.articleId),
      )
      return ok(all.filter((a) => holding.has(a.id)))
    }
  }
}

/**
 * The story's relation graph for a request: the mentions of the scope's articles read here (the
 * entity service caches them per article), the counting and the layout inline for a small library
 * and in the relations worker for a large one.
 */
export function relationMethods(sources: RelationSources, options: { offThreadMentions?: number } = {}): Pick<DaftarApi, 'getRelationGraph'> {
  const inline = createRelationMethods()
  let client: WorkerClient<RelationMethods> | null = null
  const threshold = options.offThreadMentions ?? OFF_THREAD_MENTIONS
  return {
    getRelationGraph: async (request: RelationGraphRequest): Promise<Result<RelationGraphView>> => {
      const entities: Entity[] = [...sources.entities.entities]
      const known = new Set(entities.map((e) => e.id))
      const named = [...(request.around ? [request.around] : []), ...(request.scope?.kind === 'entities' ? request.scope.entityIds : []), ...(request.scope?.kind === 'highlights' ? request.scope.tagIds : [])]
      const unknown = named.find((id) => !known.has(id))
      if (unknown !== undefined) return err('not-found', `No entity with id "${unknown}".`)
      const articles = await scopeArticles(sources, request.scope ?? { kind: 'everything' })
      if (!articles.ok) return articles
      let mentions = 0
      const ties: ArticleTies[] = articles.value.map((article) => {
        const spans = sources.entities.acceptedIn(article)
        mentions += spans.length
        return articleTies(article, spans)
      })
      const view = {
        ...(request.types ? { types: request.types } : {}),
        ...(request.minWeight ? { minWeight: request.minWeight } : {}),
        ...(request.around ? { around: request.around, steps: request.steps ?? 1 } : {}),
        ...(request.maxEdges ? { maxEdges: request.maxEdges } : {}),
      }
      const focus = request.scope?.kind === 'entities' ? request.scope.entityIds : []
      const packed = packTies(ties, entities.map((e) => e.id))
      if (mentions <= threshold) return ok(inline.relationGraph(packed, entities, view, focus))
      client ??= new WorkerClient<RelationMethods>('relations-worker')
      return ok(await client.remote.relationGraph(packed, entities, view, focus))
    },
  }
}
