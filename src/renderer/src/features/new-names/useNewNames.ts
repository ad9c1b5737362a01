import { useCallback, useEffect, useState } from 'react'
import type { NewNamesInbox } from '../../../../shared/api'
import type { ApiError } from '../../../../shared/result'
import { api } from '../../lib/api'

/** While the first discovery pass reads the library, ask again this often. */
const RUNNING_POLL_MS = 1500

export interface NewNamesState {
  /** null until the first answer. */
  inbox: NewNamesInbox | null
  reload: () => void
}

/**
 * The "new names" proposed in the library (no articleId) or in one article. Fetched again whenever
 * `changed` changes (the registry, the library) and after `reload`; asked again and again while the
 * backend says its first pass is still running, so "reading the library…" turns into the list, and
 * every `refreshMs` after that when given.
 */
export function useNewNames(
  scope: { articleId?: string; limit?: number },
  changed: unknown,
  onError: (error: ApiError) => void,
  /** Ask again this often once ready too: a pass after an import or a registry change lands later. */
  refreshMs?: number,
): NewNamesState {
  const { articleId, limit } = scope
  const [inbox, setInbox] = useState<NewNamesInbox | null>(null)
  const [version, setVersion] = useState(0)
  useEffect(() => {
    let live = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const ask = (): void => {
      void api.listNewNames({ ...(articleId !== undefined ? { articleId } : {}), ...(limit !== undefined ? { limit } : {}) }).then((result) => {
        if (!live) return
        if (!result.ok) return onError(result.error)
        setInbox(result.value)
        if (result.value.status === 'running') timer = setTimeout(ask, RUNNING_POLL_MS)
        else if (refreshMs !== undefined) timer = setTimeout(ask, refreshMs)
      })
    }
    ask()
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [articleId, limit, changed, version, onError, refreshMs])
  const reload = useCallback(() => setVersion((v) => v + 1), [])
  return { inbox, reload }
}
