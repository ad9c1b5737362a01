import { useEffect, useState } from 'react'
import type { Library, Session, StartupReport } from '../../../shared/api'
import type { ReadingSettings } from '../../../core/store/settings'
import { api } from '../lib/api'

export interface Bootstrap {
  library: Library
  settings: ReadingSettings
  session: Session
  startup: StartupReport
}

export type BootState = { status: 'loading' } | { status: 'ready'; data: Bootstrap } | { status: 'failed'; reason: string }

/** Loads what the first screen needs, in parallel. */
export function useBootstrap(): BootState {
  const [state, setState] = useState<BootState>({ status: 'loading' })
  useEffect(() => {
    let live = true
    void Promise.all([api.listLibrary(), api.getSettings(), api.getSession(), api.getStartupReport()]).then(
      ([library, settings, session, startup]) => {
        if (!live) return
        for (const r of [library, settings, session, startup]) {
          if (!r.ok) return setState({ status: 'failed', reason: r.error.message })
        }
        if (library.ok && settings.ok && session.ok && startup.ok) {
          setState({ status: 'ready', data: { library: library.value, settings: settings.value, session: session.value, startup: startup.value } })
        }
      },
    )
    return () => {
      live = false
    }
  }, [])
  return state
}
