import { useMemo } from 'react'
import type { ApiError } from '../../../../shared/result'
import { useNewNames } from './useNewNames'

/** How many names wait in the library's inbox (null while the first pass runs), for the badge in the top bar. */
export function useNewNamesCount(entities: unknown, library: unknown, onError: (error: ApiError) => void): number | null {
  const changed = useMemo(() => [entities, library], [entities, library])
  const { inbox } = useNewNames({ limit: 1 }, changed, onError)
  return inbox?.status === 'ready' ? inbox.total : null
}
