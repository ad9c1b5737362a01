import type { Article } from '../../core/corpus/types'
import type { EntityPage, ConcordanceLine } from '../../shared/api'
import { concordanceLine } from './concordance-line'
import { err, ok, type Result } from '../../shared/result'
import type { EntitiesService } from './entities-service'
import type { HighlightsService } from '../highlights/highlights-service'
import type { NotesService } from '../notes/notes-service'
import { bodiesOf } from '../library/lazy-text'
import { forEachInTurns } from '../store/in-turns'

export interface EntityPageDeps {
  entities: EntitiesService
  articles(): readonly Article[]
  highlights: HighlightsService
  notes: NotesService
}

const CONTEXT_WORDS = 10
const RELATED_SHOWN = 15

/**
 * The page reads the texts of at most this many articles: the latest in the library that mention
 * the entity. Their mentions make the concordance, their paragraphs the related entities; counts
 * cover every article. A name in 30,000 articles of a large library would otherwise mean reading
 * them all and a page of a million lines (measured at 100,000 articles: 52 s and 450 MB of JSON).
 */
export const ARTICLES_READ = 200

type Span = { start: number; end: number }

/**
 * Everything known about one entity, computed from the texts, never stored: how many articles and
 * mentions it has, and for the latest ARTICLES_READ of those articles every mention with ten words
 * either side (within its paragraph), counts per article and the entities that share paragraphs
 * with it (ranked); the highlights that contain or are tagged with it, and the notes that link it.
 */
export async function entityPage(id: string, deps: EntityPageDeps): Promise<Result<EntityPage>> {
  const entity = deps.entities.entities.find((e) => e.id === id)
  if (!entity) return err('not-found', `No entity with id "${id}".`)

  const all = await deps.highlights.listAll()
  const highlighted = new Set((all.ok ? all.value : []).map((h) => h.articleId))
  // Every article's mentions of it, from the saved scans (no text read), a slice of the loop at a
  // time; their spans are kept only where a highlight may contain one, and for the latest articles.
  const mentioning: Article[] = []
  const spans = new Map<string, Span[]>()
  let mentionCount = 0
  await forEachInTurns(
    deps.articles(),
    (article) => {
      const own = deps.entities.accepted(article, id)
      if (own.length === 0) return
      mentioning.push(article)
      mentionCount += own.length
      if (highlighted.has(article.id)) spans.set(article.id, own)
    },
    // An article's saved scan is unpacked and linked here (tens of microseconds, more for a long
    // one): 256 of them between looks at the clock held the thread ~100 ms at 100,000 articles.
    16,
  )
  const read = mentioning
    .slice(-ARTICLES_READ)
    .map((article) => ({ article, own: spans.get(article.id) ?? deps.entities.accepted(article, id) }))
  const bodies = await bodiesOf(read.map((m) => m.article))

  const concordance: ConcordanceLine[] = []
  const together = new Map<string, number>()
  // A line per mention of up to 200 articles (thousands for a name in every article): in turns too.
  const withBodies = read.map((r, at) => ({ ...r, body: bodies[at] as { text: string; blocks: Article['blocks'] } }))
  await forEachInTurns(
    withBodies,
    ({ article, own, body: { text, blocks } }) => {
      const others = deps.entities.acceptedIn(article).filter((m) => m.entityId !== id)
      for (const block of blocks) {
        if (block.kind === 'chrome') continue
        const within = (m: Span): boolean => m.start >= block.start && m.end <= block.end
        const inBlock = own.filter(within)
        if (inBlock.length === 0) continue
        for (const m of inBlock) concordance.push(concordanceLine({ id: article.id, meta: article.meta, text }, m, block, CONTEXT_WORDS))
        for (const other of new Set(others.filter(within).map((m) => m.entityId))) together.set(other, (together.get(other) ?? 0) + 1)
      }
    },
    1,
  )

  const highlights = (all.ok ? all.value : []).filter(
    (h) =>
      h.entityIds.includes(id) ||
      (h.anchor !== null && (spans.get(h.articleId) ?? []).some((m) => h.anchor && m.start >= h.anchor.start && m.end <= h.anchor.end)),
  )
  const related = [...together.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, RELATED_SHOWN)
    .map(([other, count]) => ({ entity: deps.entities.entities.find((e) => e.id === other), count }))
    .filter((r): r is EntityPage['related'][number] => r.entity !== undefined)

  return ok({
    entity: structuredClone(entity),
    articleCount: mentioning.length,
    mentionCount,
    concordance,
    perArticle: read.map(({ article, own }) => ({ articleId: article.id, articleTitle: article.meta.title, count: own.length })),
    highlights,
    related,
    notes: await deps.notes.linkedTo('entity', id),
  })
}
