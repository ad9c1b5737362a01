import { useEffect, useState } from 'react'
import type { Briefing, BriefingOptions, BriefingScope } from '../../../../core/briefing/scope'
import { api } from '../../lib/api'
import { briefingHtml } from './render-preview'

export type PreviewState =
  | { status: 'loading' }
  | { status: 'ready'; briefing: Briefing; html: string }
  /** The scope holds nothing to export: the dialog says so and offers no save. */
  | { status: 'empty' }
  | { status: 'failed'; message: string }

const DEBOUNCE_MS = 200

/**
 * The briefing for the dialog's current choices, rebuilt (debounced) whenever they change; an answer
 * that arrives after a newer request was made is dropped.
 */
export function useBriefingPreview(open: boolean, scope: BriefingScope, options: BriefingOptions): PreviewState {
  // The answer is kept with the request it answers: choices that moved on show "loading" until theirs comes.
  const [answer, setAnswer] = useState<{ key: string; state: PreviewState } | null>(null)
  const key = JSON.stringify([scope, options])
  useEffect(() => {
    if (!open) return
    let current = true
    const setState = (state: PreviewState): void => setAnswer({ key, state })
    const [wantedScope, wantedOptions] = JSON.parse(key) as [BriefingScope, BriefingOptions]
    const timer = setTimeout(() => {
      void api.buildBriefing(wantedScope, wantedOptions).then((result) => {
        if (!current) return
        if (result.ok) setState({ status: 'ready', briefing: result.value, html: briefingHtml(result.value.markdown) })
        else if (result.error.details?.['reason'] === 'empty-scope') setState({ status: 'empty' })
        else setState({ status: 'failed', message: result.error.message })
      })
    }, DEBOUNCE_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [open, key])
  return answer && answer.key === key ? answer.state : { status: 'loading' }
}
