import type { Article } from '../../core/corpus/types'
import { snippetsOf } from '../../core/search/search-index'
import type { SearchHit, SearchResults } from '../../core/search/types'
import { articleDoc } from './search-docs'

/**
 * The search worker keeps no article text (a saved index holds none either): an article hit comes
 * back with the terms it matched, and its snippets are cut here from the library's text. Only the
 * hits shown (20 a kind by default) are cut, so this costs a few milliseconds at most.
 */
export function withArticleSnippets(results: SearchResults, articleOf: (id: string) => Article | undefined): SearchResults {
  const cut = (hit: SearchHit): SearchHit => {
    if (!hit.terms) return hit
    const { terms, ...rest } = hit
    const article = articleOf(hit.ref)
    return { ...rest, snippets: article ? snippetsOf(articleDoc(article), new Set(terms)) : [] }
  }
  return { ...results, groups: results.groups.map((g) => ({ ...g, hits: g.hits.map(cut) })) }
}
