import type { ArticleMention } from '../../../../shared/api'

/**
 * The known mention inside a selected range, if any (the longest, when several): before a new
 * entity is made from "ولم يُخفِ مارك زوكربيرج", the reader is asked whether it is Mark Zuckerberg,
 * who is already in the registry. A mention the reader rejected does not count.
 */
export function knownMentionIn(mentions: readonly ArticleMention[], start: number, end: number): ArticleMention | undefined {
  let best: ArticleMention | undefined
  for (const m of mentions) {
    if (m.decision === 'rejected' || m.start < start || m.end > end) continue
    if (!best || m.end - m.start > best.end - best.start) best = m
  }
  return best
}
