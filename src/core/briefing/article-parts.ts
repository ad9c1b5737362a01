import type { BriefingPlan } from './select'
import type { ArticlePart } from './render-parts'

/** What a section by article leaves out: highlights and notes another section already shows. */
export interface AlreadyShown {
  highlights: ReadonlySet<string>
  notes: ReadonlySet<string>
  /** Whether the article says how many of its highlights are orphaned (the per-article section does). */
  orphanCounts: boolean
}

/** The articles of a plan with their highlights and notes, in library order, each article only if something is left of it. */
export function articleParts(plan: BriefingPlan, shown: AlreadyShown): ArticlePart[] {
  return plan.articles
    .map((article) => ({
      article,
      highlights: (plan.highlightsByArticle.get(article.id) ?? []).filter((h) => !shown.highlights.has(h.id)),
      orphans: shown.orphanCounts ? plan.orphans.filter((h) => h.articleId === article.id).length : 0,
      notes: (plan.notesByArticle.get(article.id) ?? []).filter((n) => !shown.notes.has(n.id)),
    }))
    .filter((p) => p.highlights.length > 0 || p.orphans > 0 || p.notes.length > 0)
}
