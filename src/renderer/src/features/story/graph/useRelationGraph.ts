import { useEffect, useState } from 'react'
import type { BriefingScope } from '../../../../../core/briefing/scope'
import type { EntityType } from '../../../../../core/entities/types'
import type { Library, RelationGraphView } from '../../../../../shared/api'
import type { ApiError } from '../../../../../shared/result'
import { api } from '../../../lib/api'

export interface GraphQuery {
  around: string | null
  steps: 1 | 2
  types: readonly EntityType[]
  minWeight: number
}

/**
 * The relation graph for a query within a scope, asked again when either or the library changes
 * (null while it comes). A null scope (a choice left empty) asks nothing.
 */
export function useRelationGraph(query: GraphQuery, scope: BriefingScope | null, library: Library, onError: (error: ApiError) => void): RelationGraphView | null {
  const [answer, setAnswer] = useState<{ key: string; library: Library; graph: RelationGraphView } | null>(null)
  const { around, steps, minWeight } = query
  const types = query.types.join(',')
  const scoped = scope === null ? '' : JSON.stringify(scope)
  const key = JSON.stringify([around, steps, types, minWeight, scoped])
  useEffect(() => {
    if (!scoped) return
    let live = true
    const chosen = types ? (types.split(',') as EntityType[]) : []
    const within = JSON.parse(scoped) as BriefingScope
    void api
      .getRelationGraph({ ...(within.kind === 'everything' ? {} : { scope: within }), ...(around ? { around, steps } : {}), ...(chosen.length > 0 ? { types: chosen } : {}), minWeight })
      .then((result) => {
        if (!live) return
        if (result.ok) setAnswer({ key, library, graph: result.value })
        else onError(result.error)
      })
    return () => {
      live = false
    }
  }, [key, around, steps, types, minWeight, scoped, library, onError])
  // An answer to an earlier query (or library) is not shown while the new one comes.
  return answer && answer.key === key && answer.library === library ? answer.graph : null
}
