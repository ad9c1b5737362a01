import { useCallback, useState } from 'react'
import type { ReadingSettings } from '../../../core/store/settings'
import type { SettingsPatch } from '../../../shared/api'
import type { ApiError } from '../../../shared/result'
import { api } from '../lib/api'

/**
 * Settings apply at once (the reader should not wait for a disk) and are saved behind. If the save
 * fails, the change stays on screen and the reason is reported: the store keeps it unsaved in memory.
 */
export function useSettings(initial: ReadingSettings, onError: (error: ApiError) => void): [ReadingSettings, (patch: SettingsPatch) => void] {
  const [settings, setSettings] = useState(initial)
  const update = useCallback(
    (patch: SettingsPatch) => {
      setSettings((current) => ({ ...current, ...patch }))
      void api.updateSettings(patch).then((result) => {
        if (!result.ok) onError(result.error)
      })
    },
    [onError],
  )
  return [settings, update]
}
