import { buildBriefing } from '../../core/briefing/build-briefing'
import type { Briefing, BriefingOptions, BriefingScope } from '../../core/briefing/scope'
import type { BriefingInput, MentionSpan } from '../../core/briefing/select'
import type { Article } from '../../core/corpus/types'
import type { FigureDecision } from '../../core/story/figures/types'
import { err, ok, type Result } from '../../shared/result'
import type { EntitiesService } from '../entities/entities-service'
import type { HighlightsService } from '../highlights/highlights-service'
import type { NotesService } from '../notes/notes-service'

/** The parts of the backend a briefing reads (the Backend itself fits). */
export interface BriefingSources {
  articles(): readonly Article[]
  entities: EntitiesService
  highlights: HighlightsService
  notes: NotesService
  /** The figures' decisions (the story's figures section applies them); none when absent. */
  figures?: { decisions: readonly FigureDecision[] }
}

/**
 * Everything a briefing may draw on, read from the backend: the library, the registry, every
 * highlight placed on its current text (orphans included), every note, and the accepted mentions of
 * each article — through EntitiesService.accepted, the same mentions the entity page counts.
 */
export async function gatherBriefingInput(sources: BriefingSources): Promise<Result<BriefingInput>> {
  const highlights = await sources.highlights.listAll()
  if (!highlights.ok) return highlights
  const notes = await sources.notes.all()
  const entities = sources.entities.entities
  const mentionsIn = (article: Article): MentionSpan[] =>
    entities.flatMap((e) => sources.entities.accepted(article, e.id).map((m) => ({ entityId: e.id, start: m.start, end: m.end }))).sort((a, b) => a.start - b.start)
  return ok({ articles: sources.articles(), entities, highlights: highlights.value, notes, mentionsIn, figureDecisions: [...(sources.figures?.decisions ?? [])] })
}

/**
 * Builds the briefing for a scope. The app's export, its preview and the CLI all come through here,
 * so for one scope, options and day they are the same bytes. An empty scope is refused with
 * details.reason "empty-scope" (the UI says so in its language); an unknown id answers not-found.
 */
export async function briefingFor(sources: BriefingSources, scope: BriefingScope, options: BriefingOptions, now: () => Date): Promise<Result<Briefing>> {
  const input = await gatherBriefingInput(sources)
  if (!input.ok) return input
  const built = buildBriefing(input.value, scope, options, { now })
  if (built.ok) return ok(built.briefing)
  const details = { reason: built.reason, ...(built.id ? { id: built.id } : {}) }
  return err(built.reason === 'empty-scope' ? 'invalid-request' : 'not-found', built.message, details)
}
