import { useEffect } from 'react'
import type { PassageLink } from '../../../../core/briefing/deep-link'
import { api } from '../../lib/api'

/** The shape a link from the transport must have before the UI acts on it (main and the fragment parser check it too). */
export function isPassageLink(value: unknown): value is PassageLink {
  if (typeof value !== 'object' || value === null) return false
  const { articleId, range } = value as Partial<PassageLink>
  if (typeof articleId !== 'string' || articleId.length === 0) return false
  if (range === undefined) return true
  return Number.isInteger(range?.start) && Number.isInteger(range?.end) && (range?.start as number) >= 0 && (range?.end as number) > (range?.start as number)
}

/** Calls `onLink` for every daftar:// link opened from outside (the OS in Electron, the URL fragment in browser mode). */
export function useOpenLinks(onLink: (link: PassageLink) => void): void {
  useEffect(
    () =>
      api.onOpenLink((link) => {
        if (isPassageLink(link)) onLink(link)
      }),
    [onLink],
  )
}
