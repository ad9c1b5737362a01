import type { ReactNode } from 'react'
import { splitBidiRuns } from '../../../core/text/bidi'

/**
 * Renders text[start, end) with every Latin run in its own <bdi dir="ltr">, so "Scale AI", "Llama 4"
 * or a whole quoted English sentence keep their order inside Arabic, and the Arabic punctuation
 * around them stays Arabic (core/text/latin-runs.ts decides where a run starts and ends).
 * The wrappers add no characters: the DOM text equals the source text, offset for offset.
 */
export function BidiText({ text, start, end }: { text: string; start: number; end: number }): ReactNode {
  return splitBidiRuns(text, start, end).map((run) =>
    run.isolate ? (
      <bdi key={run.start} dir="ltr" data-start={run.start}>
        {text.slice(run.start, run.end)}
      </bdi>
    ) : (
      text.slice(run.start, run.end)
    ),
  )
}
