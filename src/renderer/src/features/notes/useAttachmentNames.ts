import { useEffect, useState } from 'react'
import type { Attachment } from '../../../../core/store/notes'
import { api } from '../../lib/api'

const QUOTE_CHARS = 60
const excerpt = (text: string): string => (text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text)

export const attachmentKey = (a: Attachment): string => `${a.kind}:${a.id}`

/**
 * Readable names for article and highlight attachments (article titles, highlight quotes), keyed by
 * attachmentKey. Asked for only when a note has such attachments: the lists can be long, and most
 * notes are attached to entities, whose names the view already has. Unknown ids keep their id.
 */
export function useAttachmentNames(attachments: readonly Attachment[]): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map())
  const wantArticles = attachments.some((a) => a.kind === 'article')
  const wantHighlights = attachments.some((a) => a.kind === 'highlight')
  useEffect(() => {
    if (!wantArticles && !wantHighlights) return
    let live = true
    void (async () => {
      const found = new Map<string, string>()
      if (wantArticles) {
        const library = await api.listLibrary()
        if (library.ok) for (const a of library.value.articles) found.set(`article:${a.id}`, a.meta.title)
      }
      if (wantHighlights) {
        const highlights = await api.listAllHighlights()
        if (highlights.ok) for (const h of highlights.value) found.set(`highlight:${h.id}`, excerpt(h.target.quote.exact))
      }
      if (live) setNames(found)
    })()
    return () => {
      live = false
    }
  }, [wantArticles, wantHighlights])
  return names
}
