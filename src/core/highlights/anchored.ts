import type { Anchor } from '../anchoring/anchor'
import type { Highlight } from '../store/annotations'

/** A stored highlight with where it sits in the current text, or why it cannot be placed. */
export type AnchoredHighlight = Highlight & {
  anchor: { start: number; end: number } | null
  /** Set on orphans: 'article-missing' when the article left the library. */
  orphanReason?: Extract<Anchor, { status: 'orphan' }>['reason'] | 'article-missing'
}

/** What re-anchoring found when an article's text had changed since its highlights were made. */
export interface ReanchorReport {
  articleId: string
  kept: number
  moved: number
  orphaned: number
}
