import { useMemo } from 'react'
import type { ApiError } from '../../../../shared/result'
import { useNewNames } from './useNewNames'

/** A pass after an import or a registry change ends in the background: the badge asks again this often. */
const REFRESH_MS = 5000

/** How many names wait in the library's inbox (null while the first pass runs), for the badge in the top bar. */
export function useNewNamesCount(entities: unknown, library: unknown, onError: (error: ApiError) => void): number | null {
  const changed = useMemo(() => [entities, library], [entities, library])
  const { inbox } = useNewNames({ limit: 1 }, changed, onError, REFRESH_MS)
  return inbox?.status === 'ready' ? inbox.total : null
}
