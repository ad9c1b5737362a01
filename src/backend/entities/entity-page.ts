import type { Article } from '../../core/corpus/types'
import type { EntityPage, ConcordanceLine } from '../../shared/api'
import { concordanceLine } from './concordance-line'
import { err, ok, type Result } from '../../shared/result'
import type { EntitiesService } from './entities-service'
import type { HighlightsService } from '../highlights/highlights-service'
import type { NotesService } from '../notes/notes-service'

export interface EntityPageDeps {
  entities: EntitiesService
  articles(): readonly Article[]
  highlights: HighlightsService
  notes: NotesService
}

const CONTEXT_WORDS = 10
const RELATED_SHOWN = 15

/**
 * Everything known about one entity, computed from the texts, never stored: every mention with ten
 * words either side (within its paragraph), counts per article, the highlights that contain or are
 * tagged with it, the entities that share paragraphs with it (ranked), and the notes that link it.
 */
export async function entityPage(id: string, deps: EntityPageDeps): Promise<Result<EntityPage>> {
  const entity = deps.entities.entities.find((e) => e.id === id)
  if (!entity) return err('not-found', `No entity with id "${id}".`)
  const concordance: ConcordanceLine[] = []
  const perArticle: EntityPage['perArticle'] = []
  const together = new Map<string, number>()
  const spans = new Map<string, { start: number; end: number }[]>()

  for (const article of deps.articles()) {
    const own = deps.entities.accepted(article, id)
    if (own.length === 0) continue
    spans.set(article.id, own)
    perArticle.push({ articleId: article.id, articleTitle: article.meta.title, count: own.length })
    const { mentions, money } = deps.entities.linkedIn(article)
    const others = [...mentions.filter((m) => m.decision !== 'rejected'), ...money.filter((m) => m.entityId)]
    for (const block of article.blocks) {
      if (block.kind === 'chrome') continue
      const inBlock = own.filter((m) => m.start >= block.start && m.end <= block.end)
      for (const m of inBlock) concordance.push(concordanceLine(article, m, block, CONTEXT_WORDS))
      if (inBlock.length === 0) continue
      const neighbours = new Set(
        others
          .filter((m) => m.entityId && m.entityId !== id && m.start >= block.start && m.end <= block.end)
          .map((m) => m.entityId as string),
      )
      for (const other of neighbours) together.set(other, (together.get(other) ?? 0) + 1)
    }
  }

  const all = await deps.highlights.listAll()
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
    concordance,
    perArticle,
    highlights,
    related,
    notes: await deps.notes.linkedTo('entity', id),
  })
}
