import { articleParts } from './article-parts'
import { deepLink } from './deep-link'
import { serializeBlocks, type MdBlock } from './direction'
import { labelsFor } from './labels'
import { anchorFor, type LinkMaker, type RenderContext } from './render-context'
import { entityName, entitySection } from './render-entity'
import { ARTICLES_ANCHOR, articleSections, contents, defaultTitle, header, ORPHANS_ANCHOR, orphanSection, OTHER_ANCHOR, otherHighlightsSection, SOURCES_ANCHOR, sourcesSection, type TocEntry } from './render-parts'
import { safeFileName } from './safe-file-name'
import type { Briefing, BriefingFile, BriefingOptions, BriefingScope } from './scope'
import { planBriefing, type BriefingInput } from './select'
import { inStoryOrder, storySections } from './story-sections'
import { storyWriters } from './story/writers'

export interface BriefingDeps {
  /** The clock: the briefing's date (UTC day). Injected so the app and the CLI write the same file. */
  now(): Date
  /** Where citations point; deep links by default. */
  link?: LinkMaker
}

export type BuildOutcome = { ok: true; briefing: Briefing } | { ok: false; reason: 'empty-scope' | 'unknown-entity' | 'unknown-article'; message: string; id?: string }

/**
 * Data in, Markdown out: an entity-centred briefing for a scope. Pure — the same input, scope,
 * options and clock give the same bytes (the CLI's file equals the app's export).
 */
export function buildBriefing(input: BriefingInput, scope: BriefingScope, options: BriefingOptions, deps: BriefingDeps): BuildOutcome {
  const planned = planBriefing(input, scope, { allEntities: options.allEntities ?? false })
  if (!planned.ok) return planned
  const { plan } = planned
  const lang = options.lang
  const articleById = new Map(input.articles.map((a) => [a.id, a]))
  const entityById = new Map(input.entities.map((e) => [e.id, e]))
  const taken = new Set<string>([ARTICLES_ANCHOR, ORPHANS_ANCHOR, OTHER_ANCHOR, SOURCES_ANCHOR, ...storySections])
  const showEntities = options.sections.entities
  const entityQuotes = showEntities ? plan.entities.flatMap((p) => p.quotes) : []
  const inEntitySections = {
    highlights: new Set(entityQuotes.map((h) => h.id)),
    notes: new Set(showEntities ? plan.entities.flatMap((p) => p.notes.map((n) => n.id)) : []),
  }
  // A note is shown once: under its entity when it has one there.
  const byArticle = options.sections.articles ? articleParts(plan, { highlights: new Set(), notes: inEntitySections.notes, orphanCounts: true }) : []
  const showArticles = byArticle.length > 0
  // Without a per-article section, what the entity sections left out still comes (unless they are off too: then no quotes were asked for).
  const leftOut = showEntities && !options.sections.articles ? articleParts(plan, { ...inEntitySections, orphanCounts: false }) : []
  const ctx: RenderContext = {
    labels: labelsFor(lang),
    docDir: lang === 'ar' ? 'rtl' : 'ltr',
    link: deps.link ?? deepLink,
    entityAnchors: new Map(showEntities ? plan.entities.map((p) => [p.entity.id, anchorFor('entity', p.entity.id, taken)]) : []),
    articleAnchors: new Map(showArticles ? plan.articles.map((a) => [a.id, anchorFor('article', a.id, taken)]) : []),
    articleOf: (id) => articleById.get(id),
    warnings: [],
  }
  const l = ctx.labels
  const title = options.title?.trim() || defaultTitle(scope, ctx, entityById, lang)
  const fallbackName = lang === 'ar' ? 'إحاطة' : 'briefing'
  ctx.besideName = (extension) => safeFileName(title, extension, fallbackName)
  const date = deps.now().toISOString().slice(0, 10)

  const body: MdBlock[] = []
  const toc: TocEntry[] = []
  const files: BriefingFile[] = []
  if (showEntities) {
    for (const p of plan.entities) {
      toc.push({ text: entityName(p.entity, lang), anchor: ctx.entityAnchors.get(p.entity.id) as string })
      body.push(...entitySection(p, ctx, lang))
    }
  }
  if (showArticles) {
    toc.push({ text: l.byArticle, anchor: ARTICLES_ANCHOR, children: byArticle.map((p) => ({ text: p.article.meta.title, anchor: ctx.articleAnchors.get(p.article.id) as string })) })
    body.push(...articleSections(byArticle, ctx))
  }
  if (leftOut.length > 0) {
    toc.push({ text: l.otherHighlights, anchor: OTHER_ANCHOR })
    body.push(...otherHighlightsSection(leftOut, ctx))
  }
  for (const name of inStoryOrder(options.with ?? [])) {
    const section = storyWriters[name](plan, input, ctx)
    if (!section) continue
    toc.push({ text: section.title, anchor: section.anchor })
    body.push(...section.blocks)
    files.push(...(section.files ?? []))
  }
  if (plan.orphans.length > 0) {
    toc.push({ text: l.orphans, anchor: ORPHANS_ANCHOR })
    body.push(...orphanSection(plan.orphans, ctx))
  }
  if (options.sections.sources && plan.articles.length > 0) {
    toc.push({ text: l.sources, anchor: SOURCES_ANCHOR })
    body.push(...sourcesSection(plan.articles, ctx))
  }

  // A highlight can be quoted under two entities and again by article: `quotes` counts blockquotes, `quoted` highlights.
  const allQuotes = [...entityQuotes, ...[...byArticle, ...leftOut].flatMap((p) => p.highlights)]
  const quotes = allQuotes.length
  const quoted = new Set(allQuotes.map((h) => h.id))
  if (body.length === 0) return { ok: false, reason: 'empty-scope', message: 'Nothing to export: every section of this briefing is turned off.' }
  const counts = { entities: showEntities ? plan.entities.length : 0, quotes: quoted.size, sources: plan.articles.length, orphans: plan.orphans.length }
  const blocks = [...header({ title, date, scope, entityById, lang, counts }, ctx), ...(toc.length > 1 ? contents(toc, ctx) : []), ...body]
  const notes = new Set([...inEntitySections.notes, ...[...byArticle, ...leftOut].flatMap((p) => p.notes.map((n) => n.id))])
  return {
    ok: true,
    briefing: {
      markdown: serializeBlocks(blocks),
      // No date in the name: digits after Arabic letters display reordered in file managers (2025-03-01 → 01-03-2025).
      fileName: safeFileName(title, '.md', fallbackName),
      title,
      stats: { entities: counts.entities, quotes, highlights: quoted.size, orphans: counts.orphans, sources: counts.sources, notes: notes.size, warnings: [...new Set(ctx.warnings)] },
      ...(files.length > 0 ? { files } : {}),
    },
  }
}

