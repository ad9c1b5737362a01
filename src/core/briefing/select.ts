import type { Article } from '../corpus/types'
import type { Entity } from '../entities/types'
import type { AnchoredHighlight } from '../highlights/anchored'
import { mentionedEntities } from '../notes/tiptap-json'
import type { Note } from '../store/notes'
import type { FigureDecision } from '../story/figures/types'
import type { BriefingScope } from './scope'

/** An accepted mention (the user's rejections left out, hand links and linked amounts in). */
export interface MentionSpan {
  entityId: string
  start: number
  end: number
}

/** Everything a briefing may draw on, gathered by the backend (or a test, or the bench). */
export interface BriefingInput {
  /** The library, in its order. */
  articles: readonly Article[]
  /** The registry. */
  entities: readonly Entity[]
  /** Every highlight, orphans included, each placed on its article's current text. */
  highlights: readonly AnchoredHighlight[]
  notes: readonly Note[]
  /** Accepted mentions of every registry entity in an article, by start offset. */
  mentionsIn(article: Article): readonly MentionSpan[]
  /** The user's decisions about the figures' claims (figures.json), for the figures section. */
  figureDecisions?: readonly FigureDecision[]
}

export interface EntityPlan {
  entity: Entity
  notes: Note[]
  /** Anchored highlights tagged with it or containing one of its mentions, in library then reading order. */
  quotes: AnchoredHighlight[]
  orphans: number
  perArticle: { article: Article; count: number }[]
  related: { entity: Entity; paragraphs: number }[]
}

export interface BriefingPlan {
  entities: EntityPlan[]
  /** Articles whose highlights or mentions the briefing draws on, in library order. */
  articles: Article[]
  /** In-scope anchored highlights by article, in reading order. */
  highlightsByArticle: Map<string, AnchoredHighlight[]>
  /** Notes attached to an in-scope article (scopes by article or everything) or to an in-scope highlight, by article, oldest first. */
  notesByArticle: Map<string, Note[]>
  orphans: AnchoredHighlight[]
}

export type PlanOutcome = { ok: true; plan: BriefingPlan } | { ok: false; reason: 'empty-scope' | 'unknown-entity' | 'unknown-article'; message: string; id?: string }

const RELATED_SHOWN = 10

const byReadingOrder = (a: AnchoredHighlight, b: AnchoredHighlight): number =>
  (a.anchor?.start ?? 0) - (b.anchor?.start ?? 0) || (a.anchor?.end ?? 0) - (b.anchor?.end ?? 0) || a.id.localeCompare(b.id)

const byCreation = (a: Note, b: Note): number => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)

/**
 * Decides what a scope covers: which entities get sections, which highlights are quoted, which articles are sources.
 *
 * Entity sections: chosen entities always have one. Otherwise an entity has one when the scope holds
 * something of the user's about it — an anchored highlight that is tagged with it or contains one of
 * its mentions, an orphan tagged with it, or a note that mentions or is attached to it (any note for
 * "everything"; for chosen articles, a note attached to one of them or to one of their highlights).
 * Being mentioned in the articles is not enough — 42 "no quotes" sections around 2 quotes were
 * filler — unless `allEntities` asks for every mentioned entity too.
 */
export function planBriefing(input: BriefingInput, scope: BriefingScope, choice: { allEntities: boolean } = { allEntities: false }): PlanOutcome {
  const entityById = new Map(input.entities.map((e) => [e.id, e]))
  const articleById = new Map(input.articles.map((a) => [a.id, a]))
  const unknownArticle = (scope.kind === 'articles' || scope.kind === 'entities' ? (scope.articleIds ?? []) : []).find((id) => !articleById.has(id))
  if (unknownArticle !== undefined) return { ok: false, reason: 'unknown-article', message: `No article with id "${unknownArticle}".`, id: unknownArticle }
  const unknownEntity = (scope.kind === 'entities' ? scope.entityIds : scope.kind === 'highlights' ? scope.tagIds : []).find((id) => !entityById.has(id))
  if (unknownEntity !== undefined) return { ok: false, reason: 'unknown-entity', message: `No entity with id "${unknownEntity}".`, id: unknownEntity }

  // Which articles are in play, and the accepted mentions of each (computed once).
  const restrict = scope.kind === 'articles' || (scope.kind === 'entities' && scope.articleIds && scope.articleIds.length > 0) ? new Set(scope.articleIds) : null
  const articles = input.articles.filter((a) => !restrict || restrict.has(a.id))
  const mentions = new Map(articles.map((a) => [a.id, input.mentionsIn(a)]))

  // The entities each anchored highlight is about: its tags, and every entity mentioned inside it.
  const about = (h: AnchoredHighlight): Set<string> => {
    const ids = new Set(h.entityIds)
    if (h.anchor) for (const m of mentions.get(h.articleId) ?? []) if (m.start >= h.anchor.start && m.end <= h.anchor.end) ids.add(m.entityId)
    return ids
  }
  const inArticles = input.highlights.filter((h) => (restrict ? restrict.has(h.articleId) : true))
  const aboutOf = new Map(inArticles.map((h) => [h.id, about(h)]))
  const chosen = scope.kind === 'entities' ? new Set(scope.entityIds) : null
  const inScope = inArticles.filter((h) => {
    switch (scope.kind) {
      case 'entities':
        return [...(aboutOf.get(h.id) as Set<string>)].some((id) => chosen?.has(id))
      case 'highlights':
        return (scope.colors.length === 0 || scope.colors.includes(h.color)) && (scope.tagIds.length === 0 || h.entityIds.some((id) => scope.tagIds.includes(id)))
      default:
        return true
    }
  })
  if (scope.kind === 'highlights' && scope.colors.length === 0 && scope.tagIds.length === 0) {
    return { ok: false, reason: 'empty-scope', message: 'Choose at least one colour or tag to export highlights by.' }
  }
  const anchored = inScope.filter((h) => h.anchor !== null && articleById.has(h.articleId))
  const orphans = inScope.filter((h) => h.anchor === null || !articleById.has(h.articleId))

  const counts = (entityId: string): { article: Article; count: number }[] =>
    articles.map((article) => ({ article, count: (mentions.get(article.id) ?? []).filter((m) => m.entityId === entityId).length })).filter((c) => c.count > 0)
  const noteLinks = new Map(input.notes.map((n) => [n, new Set([...mentionedEntities(n.body), ...n.attachments.filter((a) => a.kind === 'entity').map((a) => a.id)])]))
  const notesOf = (entityId: string): Note[] => input.notes.filter((n) => noteLinks.get(n)?.has(entityId)).sort(byCreation)

  // Which entities get a section.
  let sectionIds: string[]
  if (scope.kind === 'entities') sectionIds = [...new Set(scope.entityIds)]
  else {
    const weight = new Map<string, number>()
    const add = (id: string, w: number): void => void (entityById.has(id) && weight.set(id, (weight.get(id) ?? 0) + w))
    for (const h of anchored) for (const id of aboutOf.get(h.id) ?? []) add(id, 1)
    for (const h of orphans) for (const id of h.entityIds) add(id, 1)
    if (scope.kind !== 'highlights') {
      const inScopeNotes = scope.kind === 'everything' ? input.notes : [...attachedNotes(input.notes, articles, inScope).values()].flat()
      for (const note of inScopeNotes) for (const id of noteLinks.get(note) ?? []) add(id, 0)
      if (choice.allEntities) for (const list of mentions.values()) for (const m of list) add(m.entityId, 1)
      // Mentions still rank the sections that have something.
      else for (const list of mentions.values()) for (const m of list) if (weight.has(m.entityId)) add(m.entityId, 1)
    }
    sectionIds = [...weight.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id)
  }

  const paragraphs = articles.flatMap((a) => paragraphEntities(a, mentions.get(a.id) ?? []))
  const articleOrder = new Map(input.articles.map((a, i) => [a.id, i]))
  const libraryOrder = (a: AnchoredHighlight, b: AnchoredHighlight): number => (articleOrder.get(a.articleId) ?? 0) - (articleOrder.get(b.articleId) ?? 0) || byReadingOrder(a, b)
  const entities: EntityPlan[] = sectionIds.map((id) => ({
    entity: entityById.get(id) as Entity,
    notes: notesOf(id),
    quotes: anchored.filter((h) => aboutOf.get(h.id)?.has(id)).sort(libraryOrder),
    orphans: orphans.filter((h) => h.entityIds.includes(id)).length,
    perArticle: counts(id),
    related: related(id, paragraphs, entityById),
  }))

  const highlightsByArticle = new Map<string, AnchoredHighlight[]>()
  for (const h of [...anchored].sort(libraryOrder)) {
    const list = highlightsByArticle.get(h.articleId)
    if (list) list.push(h)
    else highlightsByArticle.set(h.articleId, [h])
  }
  const notesByArticle = attachedNotes(input.notes, scope.kind === 'everything' || scope.kind === 'articles' ? articles : [], inScope)
  const cited = new Set<string>([...highlightsByArticle.keys(), ...notesByArticle.keys(), ...orphans.map((h) => h.articleId), ...entities.flatMap((e) => e.perArticle.map((p) => p.article.id))])
  const plan: BriefingPlan = { entities, articles: input.articles.filter((a) => cited.has(a.id)), highlightsByArticle, notesByArticle, orphans: [...orphans].sort(libraryOrder) }

  if (entities.length === 0 && anchored.length === 0 && orphans.length === 0 && notesByArticle.size === 0) {
    const message =
      scope.kind === 'entities'
        ? 'Choose at least one entity to export.'
        : scope.kind === 'articles' && scope.articleIds.length === 0
          ? 'Choose at least one article to export.'
          : choice.allEntities || scope.kind === 'highlights'
            ? 'Nothing to export: no entity, highlight or note falls in this scope.'
            : 'Nothing to export: no highlight or note falls in this scope (ask for every entity to list the entities the articles mention).'
    return { ok: false, reason: 'empty-scope', message }
  }
  return { ok: true, plan }
}

/** The set of entities mentioned in each paragraph (non-chrome block) of an article that mentions any. */
function paragraphEntities(article: Article, list: readonly MentionSpan[]): Set<string>[] {
  if (list.length === 0) return []
  const sorted = [...list].sort((a, b) => a.start - b.start)
  const sets: Set<string>[] = []
  let i = 0
  for (const block of article.blocks) {
    while (i < sorted.length && (sorted[i] as MentionSpan).start < block.start) i++
    const set = new Set<string>()
    for (let j = i; j < sorted.length && (sorted[j] as MentionSpan).start < block.end; j++) {
      const m = sorted[j] as MentionSpan
      if (m.end <= block.end) set.add(m.entityId)
    }
    if (block.kind !== 'chrome' && set.size > 1) sets.push(set)
  }
  return sets
}

/** Entities mentioned in the same paragraphs as `id`, by how many paragraphs they share. */
function related(id: string, paragraphs: readonly Set<string>[], entityById: ReadonlyMap<string, Entity>): EntityPlan['related'] {
  const together = new Map<string, number>()
  for (const set of paragraphs) {
    if (!set.has(id)) continue
    for (const other of set) if (other !== id) together.set(other, (together.get(other) ?? 0) + 1)
  }
  return [...together.entries()]
    .filter(([other]) => entityById.has(other))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, RELATED_SHOWN)
    .map(([other, paragraphs]) => ({ entity: entityById.get(other) as Entity, paragraphs }))
}

/** Notes attached to one of `articles` or to one of `highlights`, under the article each is about, oldest first. */
function attachedNotes(notes: readonly Note[], articles: readonly Article[], highlights: readonly AnchoredHighlight[]): Map<string, Note[]> {
  const articleIds = new Set(articles.map((a) => a.id))
  const articleOfHighlight = new Map(highlights.map((h) => [h.id, h.articleId]))
  const out = new Map<string, Note[]>()
  for (const note of [...notes].sort(byCreation)) {
    const about = new Set<string>()
    for (const a of note.attachments) {
      if (a.kind === 'article' && articleIds.has(a.id)) about.add(a.id)
      const viaHighlight = a.kind === 'highlight' ? articleOfHighlight.get(a.id) : undefined
      if (viaHighlight !== undefined) about.add(viaHighlight)
    }
    for (const id of about) out.set(id, [...(out.get(id) ?? []), note])
  }
  return out
}
