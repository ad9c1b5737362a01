import type { SearchHit } from '../../../../shared/library-api'
import type { Reveal, View } from '../../ui/views'

export interface HitTargets {
  reveal(reveal: Reveal): void
  openArticle(id: string, focusReader: boolean): void
  view(view: View): void
}

/**
 * Opens what a hit points at. An article opens at the chosen snippet's first matched word, which
 * the reader scrolls to and flashes (raw offsets: snippet start + mark); a highlight opens on the
 * highlight; a note or an entity opens its page.
 */
export function openHit(hit: SearchHit, snippetIndex: number, to: HitTargets): void {
  if (hit.kind === 'article' && hit.articleId) {
    const snippet = hit.snippets[snippetIndex] ?? hit.snippets[0]
    const mark = snippet?.marks[0]
    if (snippet && mark) to.reveal({ kind: 'range', start: snippet.start + mark.start, end: snippet.start + mark.end })
    to.openArticle(hit.articleId, false)
  } else if (hit.kind === 'highlight' && hit.articleId) {
    to.reveal({ kind: 'highlight', id: hit.ref })
    to.openArticle(hit.articleId, false)
  } else if (hit.kind === 'note') {
    to.view({ kind: 'notes', noteId: hit.ref })
  } else if (hit.kind === 'entity') {
    to.view({ kind: 'entity', id: hit.ref })
  }
}
