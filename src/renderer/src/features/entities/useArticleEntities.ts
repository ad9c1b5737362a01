import { useCallback, useEffect, useState } from 'react'
import type { Entity } from '../../../../core/entities/types'
import type { ArticleEntities, MentionVerdict } from '../../../../shared/api'
import type { ApiError } from '../../../../shared/result'
import { api } from '../../lib/api'

const EMPTY: ArticleEntities = { mentions: [], money: [], suggestions: [] }

/**
 * The open article's entity mentions, amounts and suggestions, reloaded when the registry changes
 * (a new entity is found everywhere at once) and after a verdict on a mention.
 */
export function useArticleEntities(
  articleId: string,
  entities: readonly Entity[],
  onError: (error: ApiError) => void,
): { data: ArticleEntities; ready: boolean; decide: (verdict: Omit<MentionVerdict, 'articleId'>) => Promise<void> } {
  const [loaded, setLoaded] = useState<{ articleId: string; data: ArticleEntities } | null>(null)
  const [version, setVersion] = useState(0)
  useEffect(() => {
    let live = true
    void api.getArticleEntities(articleId).then((result) => {
      if (!live) return
      if (result.ok) setLoaded({ articleId, data: result.value })
      else onError(result.error)
    })
    return () => {
      live = false
    }
  }, [articleId, entities, version, onError])
  const decide = useCallback(
    async (verdict: Omit<MentionVerdict, 'articleId'>) => {
      const result = await api.decideMention({ ...verdict, articleId })
      if (!result.ok) return onError(result.error)
      setVersion((v) => v + 1)
    },
    [articleId, onError],
  )
  const ready = loaded?.articleId === articleId
  return { data: ready ? loaded.data : EMPTY, ready, decide }
}
