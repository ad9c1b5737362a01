import { anchor } from '../anchoring/anchor'
import { describe } from '../anchoring/describe'
import { PreparedText } from '../anchoring/prepared-text'
import type { Article } from '../corpus/types'
import type { Highlight } from '../store/annotations'
import type { AnchoredHighlight, ReanchorReport } from './anchored'

export interface Reconciled {
  highlights: AnchoredHighlight[]
  /** Records whose stored selectors must be rewritten (re-anchored on a changed text). */
  changed: Highlight[]
  /** Counts for the user when the text had changed; null when every highlight was made on this text. */
  report: ReanchorReport | null
}

/**
 * Places an article's highlights on its current text. A highlight made on another version of the
 * text (contentHash differs) is re-anchored: if found, its selectors are rewritten for this text
 * (so the next open is a plain position match); if not, it stays as it was, an orphan, marked with
 * the text it failed on so the user is told once, not at every start.
 */
export function reconcile(article: Article, highlights: readonly Highlight[], now: () => Date): Reconciled {
  const prepared = new PreparedText(article.text)
  const result: Reconciled = { highlights: [], changed: [], report: null }
  const report: ReanchorReport = { articleId: article.id, kept: 0, moved: 0, orphaned: 0 }
  let reportable = false

  for (const h of highlights) {
    const found = anchor(prepared, { quote: h.target.quote, position: h.target.position })
    const stale = h.contentHash !== article.contentHash
    if (found.status === 'orphan') {
      result.highlights.push({ ...h, anchor: null, orphanReason: found.reason })
      if (stale && h.orphanedOn !== article.contentHash) {
        reportable = true
        report.orphaned++
        result.changed.push({ ...h, orphanedOn: article.contentHash })
      }
      continue
    }
    const range = { start: found.start, end: found.end }
    if (!stale) {
      result.highlights.push({ ...h, anchor: range })
      continue
    }
    reportable = true
    const moved = found.start !== h.target.position.start || found.end !== h.target.position.end
    if (moved) report.moved++
    else report.kept++
    const { orphanedOn: _dropped, ...rest } = h
    const updated: Highlight = { ...rest, contentHash: article.contentHash, target: describe(article.text, found.start, found.end), updatedAt: now().toISOString() }
    result.changed.push(updated)
    result.highlights.push({ ...updated, anchor: range })
  }
  if (reportable) result.report = report
  return result
}
