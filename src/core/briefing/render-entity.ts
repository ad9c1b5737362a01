import { descriptionIn, type Entity } from '../entities/types'
import type { Note } from '../store/notes'
import { type MdBlock } from './direction'
import { escapeInline, tableCell } from './markdown-text'
import { fallbackText, noteBlocks, textBlocks } from './note-markdown'
import { quoteBlocks } from './render-quote'
import { articleLink, field, heading, list, sentence, value, type RenderContext } from './render-context'
import type { EntityPlan } from './select'

/** The name an entity goes by in a briefing of this language. */
export function entityName(e: Entity, lang: 'ar' | 'en'): string {
  const names = lang === 'ar' ? [e.nameAr, e.nameLatin] : [e.nameLatin, e.nameAr]
  return names.find((n) => n.trim()) ?? e.aliases.find((a) => a.trim()) ?? e.id
}

const amount = (money: NonNullable<Entity['money']>): string => `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(money.value)} ${money.currency}`

function identity(e: Entity, ctx: RenderContext): MdBlock {
  const l = ctx.labels
  const items: { md: string; plain: string }[] = [{ md: field(l.type, escapeInline(l.types[e.type])), plain: l.type }]
  if (e.money) items.push({ md: field(l.value, value(amount(e.money), ctx)), plain: l.value })
  if (e.nameAr) items.push({ md: field(l.nameAr, value(e.nameAr, ctx)), plain: l.nameAr })
  if (e.nameLatin) items.push({ md: field(l.nameLatin, value(e.nameLatin, ctx)), plain: l.nameLatin })
  // The headings' language decides which description (the document's direction follows it).
  const description = descriptionIn(e, ctx.docDir === 'rtl' ? 'ar' : 'en')
  if (description) items.push({ md: field(l.description, value(description, ctx)), plain: l.description })
  const block = list(items, ctx)
  // Each alias on a line of its own: mixed-script names joined by commas would reorder around them.
  if (e.aliases.length > 0) {
    const nested = list(e.aliases.map((a) => ({ md: value(a, ctx), plain: a })), ctx).md.replace(/^/gm, '  ')
    block.md += `\n${list([{ md: `**${escapeInline(l.aliases)}:**`, plain: l.aliases }], ctx).md}\n${nested}`
  }
  return block
}

/** A warning line, set apart in italics. */
const warning = (text: string, ctx: RenderContext): MdBlock => {
  const line = sentence(text, ctx)
  return { ...line, md: `*${line.md}*` }
}

/** A note under a heading of its title (level 4), converted from tiptap JSON, or its plain text with a warning. */
export function notePart(note: Note, ctx: RenderContext): MdBlock[] {
  const title = note.title.trim() || ctx.labels.untitledNote
  const out: MdBlock[] = [heading(4, title, ctx, undefined, true)]
  const rendered = noteBlocks(note.body, {
    mentionHref: (id) => (ctx.entityAnchors.has(id) ? `#${ctx.entityAnchors.get(id)}` : null),
    headingShift: 3,
    docDir: ctx.docDir,
  })
  if (!rendered) {
    ctx.warnings.push(`note "${title}" (${note.id}): not valid editor JSON, exported as plain text`)
    out.push(warning(ctx.labels.invalidNote, ctx))
    out.push(...textBlocks(fallbackText(note.body), ctx.docDir))
    return out
  }
  if (rendered.degraded) {
    ctx.warnings.push(`note "${title}" (${note.id}): parts unknown to the editor, exported as plain text`)
    out.push(warning(ctx.labels.partlyInvalidNote, ctx))
  }
  return [...out, ...rendered.blocks]
}

function table(header: [string, string], rows: [string, string][], ctx: RenderContext): MdBlock {
  const line = (cells: [string, string]): string => `| ${cells.map(tableCell).join(' | ')} |`
  return { dir: ctx.docDir, md: [line([escapeInline(header[0]), escapeInline(header[1])]), '| --- | --- |', ...rows.map(line)].join('\n') }
}

/**
 * An entity's section: who it is, what the notes about it say, the quotes that are about it (tagged
 * with it or containing one of its mentions), how often each source mentions it, and who appears
 * beside it. An entity no source mentions still gets its section, which says so.
 */
export function entitySection(plan: EntityPlan, ctx: RenderContext, lang: 'ar' | 'en'): MdBlock[] {
  const l = ctx.labels
  const e = plan.entity
  const out: MdBlock[] = [heading(2, entityName(e, lang), ctx, ctx.entityAnchors.get(e.id), true), identity(e, ctx)]

  if (plan.notes.length > 0) {
    out.push(heading(3, l.notes, ctx))
    for (const note of plan.notes) out.push(...notePart(note, ctx))
  }

  out.push(heading(3, l.quotes, ctx))
  if (plan.quotes.length === 0) out.push(sentence(l.noQuotes, ctx))
  for (const h of plan.quotes) {
    const article = ctx.articleOf(h.articleId)
    if (article) out.push(...quoteBlocks(h, article, ctx))
  }
  if (plan.orphans > 0) out.push(sentence(l.orphanedQuotes(plan.orphans), ctx))

  out.push(heading(3, l.mentions, ctx))
  if (plan.perArticle.length === 0) out.push(sentence(l.noMentions, ctx))
  else {
    const rows: [string, string][] = plan.perArticle.map((p) => [articleLink(p.article, ctx), String(p.count)])
    rows.push([`**${escapeInline(l.total)}**`, `**${plan.perArticle.reduce((sum, p) => sum + p.count, 0)}**`])
    out.push(table([l.source, l.count], rows, ctx))
  }

  if (plan.related.length > 0) {
    out.push(heading(3, l.related, ctx))
    const rows: [string, string][] = plan.related.map((r) => {
      const name = value(entityName(r.entity, lang), ctx)
      const anchor = ctx.entityAnchors.get(r.entity.id)
      return [anchor ? `[${name}](#${anchor})` : name, String(r.paragraphs)]
    })
    out.push(table([l.entity, l.sharedParagraphs], rows, ctx))
  }
  return out
}
