import { articleDateOf } from '../corpus/article-date'
import type { Article } from '../corpus/types'
import type { Entity } from '../entities/types'
import type { AnchoredHighlight } from '../highlights/anchored'
import type { Note } from '../store/notes'
import type { MdBlock } from './direction'
import { escapeInline } from './markdown-text'
import { articleLink, field, heading, list, sentence, value, type RenderContext } from './render-context'
import { entityName, notePart } from './render-entity'
import { quoteBlocks } from './render-quote'
import type { BriefingScope } from './scope'

export const ARTICLES_ANCHOR = 'articles'
export const ORPHANS_ANCHOR = 'orphans'
export const OTHER_ANCHOR = 'other-highlights'
export const SOURCES_ANCHOR = 'sources'

/** The names in a list, shortened after `max` ("A، B و3 غيرها"). */
function names(items: readonly string[], ctx: RenderContext, max: number): { md: string; plain: string } {
  const shown = items.slice(0, max)
  const rest = items.length - shown.length
  const md = shown.map((n) => value(n, ctx)).join(escapeInline(ctx.labels.listJoin)) + (rest > 0 ? ` ${escapeInline(ctx.labels.more(rest))}` : '')
  return { md, plain: shown.join(ctx.labels.listJoin) }
}

/** The title a scope gets when the user gave none. */
export function defaultTitle(scope: BriefingScope, ctx: RenderContext, entityById: ReadonlyMap<string, Entity>, lang: 'ar' | 'en'): string {
  const l = ctx.labels
  const join = (items: string[], max: number): string => items.slice(0, max).join(l.listJoin) + (items.length > max ? ` ${l.more(items.length - max)}` : '')
  switch (scope.kind) {
    case 'everything':
      return l.everything
    case 'entities':
      return `${l.briefing}: ${join(scope.entityIds.map((id) => entityName(entityById.get(id) as Entity, lang)), 3)}`
    case 'articles':
      return `${l.briefing}: ${join(scope.articleIds.map((id) => ctx.articleOf(id)?.meta.title ?? id), 2)}`
    case 'highlights': {
      const parts = [
        ...(scope.colors.length ? [`${l.scopeColors} ${join(scope.colors.map((c) => l.colors[c]), 5)}`] : []),
        ...(scope.tagIds.length ? [`${l.scopeTags} ${join(scope.tagIds.map((id) => entityName(entityById.get(id) as Entity, lang)), 3)}`] : []),
      ]
      return `${l.briefing}: ${parts.join('؛ ')}`
    }
  }
}

function scopeLine(scope: BriefingScope, ctx: RenderContext, entityById: ReadonlyMap<string, Entity>, lang: 'ar' | 'en'): { md: string; plain: string } {
  const l = ctx.labels
  const entityNames = (ids: readonly string[]): string[] => ids.map((id) => entityName(entityById.get(id) as Entity, lang))
  const titles = (ids: readonly string[]): string[] => ids.map((id) => ctx.articleOf(id)?.meta.title ?? id)
  const part = (label: string, items: { md: string; plain: string }): { md: string; plain: string } => ({ md: `${escapeInline(label)}: ${items.md}`, plain: `${label}: ${items.plain}` })
  const parts: { md: string; plain: string }[] = []
  if (scope.kind === 'everything') parts.push({ md: escapeInline(l.scopeEverything), plain: l.scopeEverything })
  if (scope.kind === 'entities') {
    parts.push(part(l.scopeEntities, names(entityNames(scope.entityIds), ctx, 10)))
    if (scope.articleIds?.length) parts.push(part(l.scopeInArticles, names(titles(scope.articleIds), ctx, 5)))
  }
  if (scope.kind === 'articles') parts.push(part(l.scopeArticles, names(titles(scope.articleIds), ctx, 5)))
  if (scope.kind === 'highlights') {
    if (scope.colors.length) parts.push(part(l.scopeColors, names(scope.colors.map((c) => l.colors[c]), ctx, 5)))
    if (scope.tagIds.length) parts.push(part(l.scopeTags, names(entityNames(scope.tagIds), ctx, 10)))
  }
  return { md: parts.map((p) => p.md).join(' — '), plain: parts.map((p) => p.plain).join(' — ') }
}

export interface HeaderFacts {
  title: string
  date: string
  scope: BriefingScope
  entityById: ReadonlyMap<string, Entity>
  lang: 'ar' | 'en'
  counts: { entities: number; quotes: number; sources: number; orphans: number }
}

/** Title, date, what the scope is, and what the briefing holds. */
export function header(facts: HeaderFacts, ctx: RenderContext): MdBlock[] {
  const l = ctx.labels
  const scope = scopeLine(facts.scope, ctx, facts.entityById, facts.lang)
  const c = facts.counts
  const totals = [`${l.entitiesCount}: ${c.entities}`, `${l.quotesCount}: ${c.quotes}`, `${l.sourcesCount}: ${c.sources}`, ...(c.orphans ? [`${l.orphansCount}: ${c.orphans}`] : [])].join(' · ')
  return [
    heading(1, facts.title, ctx),
    list(
      [
        // An ISO date after Arabic would show its parts right to left (Arabic numbers): isolate it left to right.
        { md: field(l.date, ctx.docDir === 'rtl' ? `<span dir="ltr">${facts.date}</span>` : facts.date), plain: l.date },
        { md: field(l.scope, scope.md), plain: l.scope },
        { md: field(l.totals, escapeInline(totals)), plain: l.totals },
      ],
      ctx,
    ),
  ]
}

export interface TocEntry {
  text: string
  anchor: string
  children?: TocEntry[]
}

/** The table of contents: a list of links to the section anchors. */
export function contents(entries: readonly TocEntry[], ctx: RenderContext): MdBlock[] {
  const item = (e: TocEntry): { md: string; plain: string } => ({ md: `[${value(e.text, ctx)}](#${e.anchor})`, plain: e.text })
  const block = list([], ctx)
  block.md = entries
    .map((e) => {
      const children = e.children?.length ? `\n${list(e.children.map(item), ctx).md.replace(/^/gm, '  ')}` : ''
      return `${list([item(e)], ctx).md}${children}`
    })
    .join('\n')
  return [heading(2, ctx.labels.contents, ctx), block]
}

/** What the briefing holds about one article: its in-scope highlights (reading order), orphans and attached notes. */
export interface ArticlePart {
  article: Article
  highlights: readonly AnchoredHighlight[]
  orphans: number
  notes: readonly Note[]
}

/** Per article: every in-scope highlight of it, in reading order, quoted with its citation and comment, then its notes. */
export function articleSections(parts: readonly ArticlePart[], ctx: RenderContext): MdBlock[] {
  return [heading(2, ctx.labels.byArticle, ctx, ARTICLES_ANCHOR), ...parts.flatMap((p) => articlePart(p, ctx))]
}

/**
 * When there is no per-article section: the in-scope highlights no entity section quoted (about no
 * entity in the registry) and the notes none showed, so that "everything" or "all yellow
 * highlights" loses none of them.
 */
export function otherHighlightsSection(parts: readonly ArticlePart[], ctx: RenderContext): MdBlock[] {
  return [heading(2, ctx.labels.otherHighlights, ctx, OTHER_ANCHOR), sentence(ctx.labels.otherHighlightsIntro, ctx), ...parts.flatMap((p) => articlePart(p, ctx))]
}

function articlePart({ article, highlights, orphans, notes }: ArticlePart, ctx: RenderContext): MdBlock[] {
  if (highlights.length === 0 && orphans === 0 && notes.length === 0) return []
  const out = [heading(3, article.meta.title, ctx, ctx.articleAnchors.get(article.id), true)]
  for (const h of highlights) out.push(...quoteBlocks(h, article, ctx))
  if (orphans > 0) out.push(sentence(ctx.labels.orphanedQuotes(orphans), ctx))
  for (const note of notes) out.push(...notePart(note, ctx))
  return out
}

/** Orphans: listed with their last stored text and marked, never quoted as if they were anchored. */
export function orphanSection(orphans: readonly AnchoredHighlight[], ctx: RenderContext): MdBlock[] {
  const l = ctx.labels
  const items = orphans.map((h) => {
    const article = ctx.articleOf(h.articleId)
    const where = article ? articleLink(article, ctx) : `${value(h.articleId, ctx)} (${escapeInline(l.articleMissing)})`
    const exact = h.target.quote.exact
    let md = `**${escapeInline(l.orphan)}** — ${escapeInline(l.lastKnownText)}: «${value(exact, ctx)}» — ${where}`
    const comment = h.comment.trim()
    if (comment) md += `\\\n  ${field(l.comment, value(comment, ctx))}`
    return { md, plain: l.orphan }
  })
  return [heading(2, l.orphans, ctx, ORPHANS_ANCHOR), sentence(l.orphansIntro, ctx), list(items, ctx)]
}

/** Every article the briefing draws on: title (a link to it), file, section and date when known. */
export function sourcesSection(articles: readonly Article[], ctx: RenderContext): MdBlock[] {
  const l = ctx.labels
  const items = articles.map((a) => {
    const facts = [field(l.file, value(a.meta.sourceFile, ctx))]
    if (a.meta.category) facts.push(field(l.category, value(a.meta.category, ctx)))
    const date = articleDateOf(a.meta)
    if (date) facts.push(field(date.relative ? l.asPrinted : l.published, value(date.relative || !date.iso ? date.printed : date.iso.slice(0, 10), ctx)))
    return { md: `${articleLink(a, ctx)} — ${facts.join(' · ')}`, plain: a.meta.title }
  })
  return [heading(2, l.sources, ctx, SOURCES_ANCHOR), list(items, ctx, true)]
}
