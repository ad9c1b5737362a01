import type { SearchDoc } from '../../core/search/types'
import type { EntitiesService } from '../entities/entities-service'
import type { HighlightsService } from '../highlights/highlights-service'
import type { LibraryCorpus } from '../library/library-corpus'
import type { NotesService } from '../notes/notes-service'
import { entityDoc, highlightDoc, noteDoc } from './search-docs'
import type { SearchSources } from './search-service'

export interface SearchedServices {
  corpus: LibraryCorpus
  highlights: HighlightsService
  notes: NotesService
  entities: EntitiesService
}

/**
 * What search reads beside the articles: the highlights, notes and entities, whole or by id, from
 * the services that announce their changes. Highlights are indexed as stored (the words the user
 * marked), so reading them places nothing.
 */
export function searchSources({ corpus, highlights, notes, entities }: SearchedServices): SearchSources {
  const titleOf = (articleId: string): string | null => corpus.article(articleId)?.meta.title ?? null
  return {
    corpus,
    services: [highlights, notes, entities],
    docs: async (kind, ids): Promise<SearchDoc[]> => {
      if (kind === 'entity') {
        const wanted = ids && new Set(ids)
        return entities.entities.filter((e) => !wanted || wanted.has(e.id)).map(entityDoc)
      }
      if (kind === 'note') return (ids ? await notes.some(ids) : await notes.all()).map(noteDoc)
      return (ids ? await highlights.some(ids) : await highlights.all()).map((h) => highlightDoc(h, titleOf(h.articleId)))
    },
  }
}
