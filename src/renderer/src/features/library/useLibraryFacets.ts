import { useEffect, useState } from 'react'
import type { LibraryFacets } from '../../../../shared/library-api'
import { api } from '../../lib/api'

/**
 * Highlight counts per article, re-read when the library or the open article changes (a highlight
 * made while reading shows up once the reader moves on), and the articles mentioning the chosen
 * entity, asked of the backend when an entity is picked.
 */
export function useLibraryFacets(refreshKey: string, entityId: string): { facets: LibraryFacets; entityArticles: ReadonlySet<string> | null; entityLoading: boolean } {
  const [facets, setFacets] = useState<LibraryFacets>({ highlightCounts: {} })
  const [entity, setEntity] = useState<{ id: string; articles: ReadonlySet<string> } | null>(null)

  useEffect(() => {
    let live = true
    void api.getLibraryFacets().then((r) => {
      if (live && r.ok) setFacets(r.value)
    })
    return () => {
      live = false
    }
  }, [refreshKey])

  useEffect(() => {
    if (!entityId) return
    let live = true
    void api.articlesWithEntity(entityId).then((r) => {
      if (live) setEntity({ id: entityId, articles: new Set(r.ok ? r.value : []) })
    })
    return () => {
      live = false
    }
  }, [entityId, refreshKey])

  const entityArticles = entityId && entity?.id === entityId ? entity.articles : null
  return { facets, entityArticles, entityLoading: Boolean(entityId) && entityArticles === null }
}
