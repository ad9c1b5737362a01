import type { Article } from '../../core/corpus/types'
import { snippetsOf, titleMarksOf } from '../../core/search/search-index'
import type { SearchHit, SearchResults } from '../../core/search/types'
import { articleDoc } from './search-docs'

/**
 * The article index keeps no text (the library holds it): an article hit comes back with the
 * terms it was looked up by, and its title, title marks and snippets are filled in here from the
 * library. Only the hits shown (20 a kind by default) are cut, so this costs a few milliseconds at most.
 */
export function withArticleSnippets(results: SearchResults, articleOf: (id: string) => Article | undefined): SearchResults {
  const cut = (hit: SearchHit): SearchHit => {
    if (!hit.terms) return hit
    const { terms, ...rest } = hit
    const wanted = new Set(terms)
    const article = articleOf(hit.ref)
    if (!article) return rest
    const title = article.meta.title
    return { ...rest, title, titleMarks: titleMarksOf(title, wanted), snippets: snippetsOf(articleDoc(article), wanted) }
  }
  return { ...results, groups: results.groups.map((g) => ({ ...g, hits: g.hits.map(cut) })) }
}
