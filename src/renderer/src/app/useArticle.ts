import { useEffect, useState } from 'react'
import type { Article } from '../../../core/corpus/types'
import type { Result } from '../../../shared/result'
import { api } from '../lib/api'
import { prefetchHighlights } from '../lib/prefetch'

export type ArticleState =
  | { status: 'none' }
  | { status: 'loading'; id: string }
  | { status: 'ready'; article: Article }
  | { status: 'failed'; id: string; reason: string }

/** Loads the open article, keeping the ones already opened this session in memory. */
export function useArticle(id: string | null): ArticleState {
  const [loaded, setLoaded] = useState<ReadonlyMap<string, Result<Article>>>(new Map())
  useEffect(() => {
    if (id === null || loaded.has(id)) return
    prefetchHighlights(id)
    let live = true
    void api.getArticle(id).then((result) => {
      if (live) setLoaded((previous) => new Map(previous).set(id, result))
    })
    return () => {
      live = false
    }
  }, [id, loaded])

  if (id === null) return { status: 'none' }
  const result = loaded.get(id)
  if (!result) return { status: 'loading', id }
  return result.ok ? { status: 'ready', article: result.value } : { status: 'failed', id, reason: result.error.message }
}
