import { useCallback, useState } from 'react'
import type { Entity } from '../../../../core/entities/types'
import type { NewNameChoice } from '../../../../shared/api'
import type { ApiError, Result } from '../../../../shared/result'
import { api } from '../../lib/api'

export interface NewNameActions {
  accept: (choices: NewNameChoice[]) => Promise<boolean>
  merge: (choice: NewNameChoice, entityId: string) => Promise<boolean>
  ignore: (names: string[]) => Promise<boolean>
  /** An action is on its way: the buttons wait. */
  busy: boolean
}

/**
 * Accept, merge and ignore, each followed by `onChanged` (the registry is loaded again, and with it
 * the open article's underlines and the inbox). A refusal goes to `onError` with its message.
 */
export function useNewNameActions(onChanged: () => Promise<void> | void, onError: (error: ApiError) => void): NewNameActions {
  const [busy, setBusy] = useState(false)
  const run = useCallback(
    async <T>(request: Promise<Result<T>>): Promise<boolean> => {
      setBusy(true)
      try {
        const result = await request
        if (!result.ok) {
          onError(result.error)
          return false
        }
        await onChanged()
        return true
      } finally {
        setBusy(false)
      }
    },
    [onChanged, onError],
  )
  return {
    accept: useCallback((choices: NewNameChoice[]) => run<Entity[]>(api.acceptNewNames(choices)), [run]),
    merge: useCallback((choice: NewNameChoice, entityId: string) => run<Entity>(api.mergeNewName(choice, entityId)), [run]),
    ignore: useCallback((names: string[]) => run<null>(api.ignoreNewNames(names)), [run]),
    busy,
  }
}
