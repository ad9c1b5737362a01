import type { Article } from '../../corpus/types'
import { articleTimeline, compareItems, type TimelineDate, type TimelineItem } from '../../story/timeline'
import type { Labels } from '../labels'
import { escapeInline, tableCell } from '../markdown-text'
import { articleLink, heading, sentence, value } from '../render-context'
import { entityName } from '../render-entity'
import type { BriefingInput, BriefingPlan } from '../select'
import type { StoryWriter } from './section'

export const TIMELINE_ANCHOR = 'timeline'
/** Rows past this are counted, not listed: a briefing is read, not searched. */
export const TIMELINE_ROWS = 200

/** A date as the document's language writes it: "10 يونيو 2018", "June 2018", "2018", yearless and unknown ones said so. */
export function dateLabel(date: TimelineDate, l: Labels): string {
  if (date.precision === 'relative-unresolved' || !date.iso) return l.dateUnknown
  const [y, m, d] = date.iso.replace(/^--/, '').split('-')
  const yearless = date.precision === 'unknown-year'
  const parts = yearless ? { month: y, day: m } : { year: y, month: m, day: d }
  const monthName = parts.month ? (l.months[Number(parts.month) - 1] as string) : ''
  const shown = [parts.day ? String(Number(parts.day)) : '', monthName, parts.year ?? ''].filter(Boolean).join(' ')
  if (yearless) return l.yearUnknown(shown)
  const label = date.precision === 'week' ? l.weekOf(shown) : shown
  return date.relative ? `${label} (${l.fromArticleDate})` : label
}

/**
 * The statements the briefing is about: those of its articles whose sentence names one of its
 * entities (every statement of its articles when it has no entity section).
 */
function statementsInScope(plan: BriefingPlan, input: BriefingInput): TimelineItem[] {
  const about = new Set(plan.entities.map((p) => p.entity.id))
  const items = plan.articles.flatMap((a) => articleTimeline(a, input.mentionsIn(a)))
  const kept = about.size === 0 ? items : items.filter((i) => i.entityIds.some((id) => about.has(id)))
  return kept.sort(compareItems(new Map(input.articles.map((a, i) => [a.id, i]))))
}

/** The briefing's timeline: a table of date, statement (the exact sentence), entities and a deep link to the sentence. */
export const timelineSection: StoryWriter = (plan, input, ctx) => {
  const items = statementsInScope(plan, input)
  if (items.length === 0) return null
  const l = ctx.labels
  const lang = ctx.docDir === 'rtl' ? 'ar' : 'en'
  const names = new Map(input.entities.map((e) => [e.id, entityName(e, lang)]))
  const row = (item: TimelineItem, article: Article): string => {
    const unresolved = item.date.precision === 'relative-unresolved' ? ` — ${value(item.expression.text, ctx)}` : ''
    const entities = item.entityIds
      .filter((id) => names.has(id))
      .map((id) => {
        const name = value(names.get(id) as string, ctx)
        const anchor = ctx.entityAnchors.get(id)
        return anchor ? `[${name}](#${anchor})` : name
      })
      .join(escapeInline(l.listJoin))
    const cells = [
      value(dateLabel(item.date, l), ctx) + unresolved,
      value(item.sentence.text, ctx),
      entities,
      articleLink(article, ctx, { start: item.sentence.start, end: item.sentence.end }),
    ]
    return `| ${cells.map(tableCell).join(' | ')} |`
  }
  const header = `| ${[l.date, l.statement, l.entities, l.source].map(escapeInline).join(' | ')} |`
  const rows = items.slice(0, TIMELINE_ROWS).flatMap((item) => {
    const article = ctx.articleOf(item.articleId)
    return article ? [row(item, article)] : []
  })
  const blocks = [
    heading(2, l.timeline, ctx, TIMELINE_ANCHOR),
    sentence(l.timelineIntro, ctx),
    { dir: ctx.docDir, md: [header, '| --- | --- | --- | --- |', ...rows].join('\n') },
  ]
  if (items.length > TIMELINE_ROWS) blocks.push(sentence(l.moreStatements(items.length - TIMELINE_ROWS), ctx))
  return { title: l.timeline, anchor: TIMELINE_ANCHOR, blocks }
}
