import type { Entity } from '../../entities/types'
import { groupClaims } from '../../story/figures/claims'
import { figuresIn } from '../../story/figures/extract'
import type { FigureClaim } from '../../story/figures/types'
import type { MdBlock } from '../direction'
import { escapeInline, tableCell } from '../markdown-text'
import { articleLink, heading, sentence, value, type RenderContext } from '../render-context'
import { entityName } from '../render-entity'
import type { StoryWriter } from './section'

/** Rows of the table before "and N more": a briefing is read, not searched. */
const ROWS_SHOWN = 60
const ENTITIES_SHOWN = 4

/**
 * The briefing's "figures and claims": one table row per claim — the figure (or the disagreeing
 * figures side by side), what it is about, its sources as deep links to the figure, and whether
 * they agree — over the briefing's sources, with the user's decisions applied (dismissed claims
 * left out). When the briefing has entity sections, only claims about one of those entities.
 */
export const figuresSection: StoryWriter = (plan, input, ctx) => {
  const entityById = new Map(input.entities.map((e) => [e.id, e]))
  const figures = plan.articles.flatMap((a) => figuresIn(a, input.mentionsIn(a).filter((m) => entityById.get(m.entityId)?.type !== 'money')))
  const focus = new Set(plan.entities.map((p) => p.entity.id))
  const claims = groupClaims(figures, input.figureDecisions ?? []).filter((c) => c.status !== 'dismissed' && (focus.size === 0 || c.entityIds.some((id) => focus.has(id))))
  if (claims.length === 0) return null
  const l = ctx.labels
  const shown = claims.slice(0, ROWS_SHOWN)
  const blocks: MdBlock[] = [heading(2, l.figures, ctx, 'figures'), sentence(l.figuresIntro, ctx), table(shown, entityById, ctx)]
  if (claims.length > shown.length) blocks.push(sentence(l.more(claims.length - shown.length), ctx))
  return { title: l.figures, anchor: 'figures', blocks }
}

function table(claims: readonly FigureClaim[], entityById: ReadonlyMap<string, Entity>, ctx: RenderContext): MdBlock {
  const l = ctx.labels
  const line = (cells: readonly string[]): string => `| ${cells.map(tableCell).join(' | ')} |`
  const rows = claims.map((c) => line([figureCell(c, ctx), aboutCell(c, entityById, ctx), sourcesCell(c, ctx), agreementCell(c, ctx)]))
  return { dir: ctx.docDir, md: [line([l.figure, l.about, l.sources, l.agreement].map(escapeInline)), '| --- | --- | --- | --- |', ...rows].join('\n') }
}

const figureCell = (c: FigureClaim, ctx: RenderContext): string => c.values.map((v) => value(v.text, ctx)).join(escapeInline(ctx.labels.versus))

function aboutCell(c: FigureClaim, entityById: ReadonlyMap<string, Entity>, ctx: RenderContext): string {
  const l = ctx.labels
  const lang = ctx.docDir === 'rtl' ? 'ar' : 'en'
  const names = c.entityIds.slice(0, ENTITIES_SHOWN).map((id) => {
    const e = entityById.get(id)
    const name = value(e ? entityName(e, lang) : id, ctx)
    const anchor = ctx.entityAnchors.get(id)
    return anchor ? `[${name}](#${anchor})` : name
  })
  if (c.entityIds.length > ENTITIES_SHOWN) names.push(escapeInline(l.more(c.entityIds.length - ENTITIES_SHOWN)))
  const what = c.kind === 'money' ? c.unit : c.kind === 'percent' ? l.figureUnits.percent : `${l.figureUnits.count}: ${c.unit}`
  const topic = c.topic ? `${l.figureTopics[c.topic] ?? c.topic}، ` : ''
  const measure = lang === 'ar' ? `${topic}${what}` : `${topic.replace('، ', ', ')}${what}`
  return `${names.join(escapeInline(l.listJoin))} — ${value(measure, ctx)}`
}

function sourcesCell(c: FigureClaim, ctx: RenderContext): string {
  const per = c.values.map((v) => {
    const links = v.sources.flatMap((s) => {
      const article = ctx.articleOf(s.articleId)
      return article ? [`${articleLink(article, ctx, { start: s.start, end: s.end })}${s.times > 1 ? ` (×${s.times})` : ''}`] : []
    })
    const list = links.join(escapeInline(ctx.labels.listJoin))
    return c.values.length > 1 ? `${value(v.text, ctx)}: ${list}` : list
  })
  return per.join(' · ')
}

function agreementCell(c: FigureClaim, ctx: RenderContext): string {
  const l = ctx.labels
  const said = c.agreement === 'disagree' ? l.disagree(c.values.map((v) => v.text).join(l.versus)) : c.agreement === 'agree' ? l.agree(c.sourceCount) : l.singleSource
  const decided = c.status === 'confirmed' ? l.confirmedByUser : c.split ? l.splitByUser : ''
  return value(decided ? `${said}${ctx.docDir === 'rtl' ? '؛ ' : '; '}${decided}` : said, ctx)
}
