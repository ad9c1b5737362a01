import { defaultBriefingOptions } from '../../../../core/briefing/defaults'
import type { BriefingOptions, BriefingPrefs, BriefingScope } from '../../../../core/briefing/scope'
import type { HighlightColor } from '../../../../core/store/annotations'

/** What the export dialog edits: every scope's fields at once, so switching scope loses no choice. */
export interface ExportForm {
  kind: BriefingScope['kind']
  entityIds: string[]
  articleIds: string[]
  colors: HighlightColor[]
  tagIds: string[]
  options: BriefingOptions
}

/** The form as the last export left it (ids that no longer exist dropped), else a fresh one. */
export function formFromPrefs(prefs: BriefingPrefs | undefined, locale: 'ar' | 'en', known: { entities: ReadonlySet<string>; articles: ReadonlySet<string> }): ExportForm {
  const form: ExportForm = { kind: 'entities', entityIds: [], articleIds: [], colors: [], tagIds: [], options: defaultBriefingOptions(locale) }
  if (!prefs) return form
  const { scope, options } = prefs
  const entities = (ids: readonly string[] = []): string[] => ids.filter((id) => known.entities.has(id))
  const articles = (ids: readonly string[] = []): string[] => ids.filter((id) => known.articles.has(id))
  form.kind = scope.kind
  form.options = { lang: options.lang, sections: { ...options.sections }, ...(options.allEntities ? { allEntities: true } : {}), ...(options.with?.length ? { with: [...options.with] } : {}) }
  if (scope.kind === 'entities') form.entityIds = entities(scope.entityIds)
  if (scope.kind === 'articles') form.articleIds = articles(scope.articleIds)
  if (scope.kind === 'highlights') {
    form.colors = [...scope.colors]
    form.tagIds = entities(scope.tagIds)
  }
  return form
}

export function scopeOf(form: ExportForm): BriefingScope {
  switch (form.kind) {
    case 'everything':
      return { kind: 'everything' }
    case 'entities':
      return { kind: 'entities', entityIds: form.entityIds }
    case 'articles':
      return { kind: 'articles', articleIds: form.articleIds }
    case 'highlights':
      return { kind: 'highlights', colors: form.colors, tagIds: form.tagIds }
  }
}

/** What is remembered for next time (the scope as chosen, and the options). */
export const prefsOf = (form: ExportForm): BriefingPrefs => ({ scope: scopeOf(form), options: form.options })
