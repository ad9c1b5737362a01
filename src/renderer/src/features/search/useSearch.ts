import { useEffect, useRef, useState } from 'react'
import type { SearchResults, SearchStatus } from '../../../../shared/library-api'
import { api } from '../../lib/api'

/** Keystrokes closer than this make one query: typing "زوكربيرج" sends one or two, not eight. */
const DEBOUNCE_MS = 90
const STATUS_POLL_MS = 500

/**
 * Results for the query as typed. Answers that arrive out of order are dropped (only the latest
 * query's results are shown); while the index is being built, the status is polled and the query
 * re-run as more articles become searchable.
 */
export function useSearch(query: string, active: boolean): { results: SearchResults | null; status: SearchStatus | null; refreshStatus: (s: SearchStatus) => void } {
  const [answer, setAnswer] = useState<{ query: string; results: SearchResults } | null>(null)
  const [status, setStatus] = useState<SearchStatus | null>(null)
  const latest = useRef(0)

  useEffect(() => {
    if (!active) return
    let live = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const poll = async (): Promise<void> => {
      const r = await api.getSearchStatus()
      if (!live || !r.ok) return
      setStatus(r.value)
      if (r.value.state === 'building') timer = setTimeout(() => void poll(), STATUS_POLL_MS)
    }
    void poll()
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [active])

  const indexed = status?.indexed ?? 0
  useEffect(() => {
    if (!active) return
    const id = ++latest.current
    if (query.trim() === '') return
    const timer = setTimeout(() => {
      void api.search(query, { limit: 20 }).then((r) => {
        if (id === latest.current && r.ok) setAnswer({ query, results: r.value })
      })
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [query, active, indexed])

  // An empty box shows nothing; otherwise the latest answer (the previous query's, until the new one arrives).
  const results = query.trim() === '' ? null : (answer?.results ?? null)
  return { results, status, refreshStatus: setStatus }
}
