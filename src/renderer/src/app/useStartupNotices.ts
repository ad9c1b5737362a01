import { useEffect } from 'react'
import type { StoreNotice } from '../../../core/store/notices'
import type { Result } from '../../../shared/result'
import { api } from '../lib/api'

/** How often the search status is asked while the saved search index is checked and the index built. */
const SEARCH_POLL_MS = 1000

/**
 * What the backend's start-up checks found, told at start rather than at the next article opened:
 * the caches it reads in the background (the mention index) once they are read, and the saved
 * search index, which is checked when its first build starts (the library desk asks for it at
 * start) — its notices are taken while the index builds.
 */
export function useStartupNotices(onNotices: (notices: StoreNotice[]) => void): void {
  useEffect(() => {
    let live = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const tell = (taken: Result<StoreNotice[]>): void => {
      if (live && taken.ok && taken.value.length > 0) onNotices(taken.value)
    }
    void api.takeStartupNotices().then(tell)
    const poll = async (): Promise<void> => {
      const status = await api.getSearchStatus()
      tell(await api.takeNotices())
      if (live && status.ok && status.value.state === 'building') timer = setTimeout(() => void poll(), SEARCH_POLL_MS)
    }
    void poll()
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [onNotices])
}
