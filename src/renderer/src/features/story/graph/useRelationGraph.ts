import { useEffect, useState } from 'react'
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

/** The relation graph for a query, asked again when the query or the library changes (null while it comes). */
export function useRelationGraph(query: GraphQuery, library: Library, onError: (error: ApiError) => void): RelationGraphView | null {
  const [answer, setAnswer] = useState<{ key: string; library: Library; graph: RelationGraphView } | null>(null)
  const { around, steps, minWeight } = query
  const types = query.types.join(',')
  const key = JSON.stringify([around, steps, types, minWeight])
  useEffect(() => {
    let live = true
    const chosen = types ? (types.split(',') as EntityType[]) : []
    void api
      .getRelationGraph({ ...(around ? { around, steps } : {}), ...(chosen.length > 0 ? { types: chosen } : {}), minWeight })
      .then((result) => {
        if (!live) return
        if (result.ok) setAnswer({ key, library, graph: result.value })
        else onError(result.error)
      })
    return () => {
      live = false
    }
  }, [key, around, steps, types, minWeight, library, onError])
  // An answer to an earlier query (or library) is not shown while the new one comes.
  return answer && answer.key === key && answer.library === library ? answer.graph : null
}
