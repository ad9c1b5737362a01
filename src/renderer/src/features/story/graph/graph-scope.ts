import type { BriefingScope } from '../../../../../core/briefing/scope'
import type { HighlightColor } from '../../../../../core/store/annotations'

/** The graph's scope choices: the whole library, chosen articles, highlights of colours, highlights tagged with an entity. */
export const scopeKinds = ['everything', 'articles', 'colors', 'tag'] as const
export type ScopeKind = (typeof scopeKinds)[number]

/** What the scope control holds: each kind keeps its own choice, so switching back and forth loses nothing. */
export interface ScopeForm {
  kind: ScopeKind
  articleIds: readonly string[]
  colors: readonly HighlightColor[]
  tagId: string | null
}

export const wholeLibrary: ScopeForm = { kind: 'everything', articleIds: [], colors: [], tagId: null }

/** What the library holds now: a choice of an article removed or an entity deleted since is dropped, not asked for. */
export interface Held {
  articles: ReadonlySet<string>
  entities: ReadonlySet<string>
}

/** The scope to ask the graph for, or null while the chosen kind has nothing chosen (nothing is asked then). */
export function scopeOf(form: ScopeForm, held: Held): BriefingScope | null {
  switch (form.kind) {
    case 'everything':
      return { kind: 'everything' }
    case 'articles': {
      const articleIds = form.articleIds.filter((id) => held.articles.has(id))
      return articleIds.length > 0 ? { kind: 'articles', articleIds } : null
    }
    case 'colors':
      return form.colors.length > 0 ? { kind: 'highlights', colors: [...form.colors], tagIds: [] } : null
    case 'tag':
      return form.tagId && held.entities.has(form.tagId) ? { kind: 'highlights', colors: [], tagIds: [form.tagId] } : null
  }
}
