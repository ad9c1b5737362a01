import { useCallback, useEffect, useState } from 'react'
import type { Entity } from '../../../core/entities/types'
import type { ApiError } from '../../../shared/result'
import { api } from '../lib/api'

/** The registry, loaded once and reloaded after any change made from the UI. */
export function useEntities(onError: (error: ApiError) => void): { entities: Entity[]; reload: () => Promise<void> } {
  const [entities, setEntities] = useState<Entity[]>([])
  const reload = useCallback(async () => {
    const result = await api.listEntities()
    if (result.ok) setEntities(result.value)
    else onError(result.error)
  }, [onError])
  useEffect(() => {
    void api.listEntities().then((result) => {
      if (result.ok) setEntities(result.value)
      else onError(result.error)
    })
  }, [onError])
  return { entities, reload }
}
