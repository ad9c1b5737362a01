import type { Article } from '../corpus/types'
import type { Dir, MdBlock } from './direction'
import { isolate, leadingMark, majorityDir } from './direction'
import type { Labels } from './labels'
import { escapeInline } from './markdown-text'

/** Makes the link a citation points at (a deep link by default; injected so tests and other hosts can choose). */
export type LinkMaker = (articleId: string, range?: { start: number; end: number }) => string

/** What every part of the briefing is rendered with. */
export interface RenderContext {
  labels: Labels
  docDir: Dir
  link: LinkMaker
  /** Section anchors of the entities that have a section ("entity-…"), by entity id. */
  entityAnchors: ReadonlyMap<string, string>
  /** Anchors of the per-article sections, by article id (empty when that section is off). */
  articleAnchors: ReadonlyMap<string, string>
  articleOf(id: string): Article | undefined
  warnings: string[]
  /** The name of a file written beside the briefing, made from its title ("….relations.svg"); optional for contexts built by hand. */
  besideName?: (extension: string) => string
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ')

/** A value of text inside a line of the document's direction: escaped and isolated when it runs the other way. */
export const value = (text: string, ctx: RenderContext): string => isolate(escapeInline(oneLine(text)), text, ctx.docDir)

/** "[title](link)" for an article, the title isolated when it runs the other way. */
export const articleLink = (article: Article, ctx: RenderContext, range?: { start: number; end: number }): string =>
  `[${value(article.meta.title, ctx)}](${ctx.link(article.id, range)})`

/**
 * A heading, with an anchor other sections can link to. Fixed words ("Sources") take the document's
 * direction; a name or a title (`content`) takes the direction of its own letters, like any block.
 */
export function heading(level: number, text: string, ctx: RenderContext, anchor?: string, content = false): MdBlock {
  const dir = content ? majorityDir(text, ctx.docDir) : ctx.docDir
  const target = anchor ? `<a id="${anchor}"></a>` : ''
  return { dir, md: `${'#'.repeat(level)} ${leadingMark(text, dir)}${target}${escapeInline(oneLine(text))}` }
}

/** A paragraph of fixed words in the document's direction. */
export const sentence = (text: string, ctx: RenderContext): MdBlock => ({ dir: ctx.docDir, md: `${leadingMark(text, ctx.docDir)}${escapeInline(oneLine(text))}` })

/** "**label:** value" — the label in the document's language, then the value. */
export const field = (label: string, valueMd: string): string => `**${escapeInline(label)}:** ${valueMd}`

/** A list of one-line items in the document's direction; `plain` is each item's text, for its direction mark. */
export function list(items: readonly { md: string; plain: string }[], ctx: RenderContext, ordered = false): MdBlock {
  return {
    dir: ctx.docDir,
    md: items.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${leadingMark(item.plain, ctx.docDir)}${item.md}`).join('\n'),
  }
}

/** A stable, ASCII anchor from an id ("entity-mark-zuckerberg"), unique within `taken`. */
export function anchorFor(prefix: string, id: string, taken: Set<string>): string {
  const base = `${prefix}-${id.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'x'}`
  let anchor = base
  for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`
  taken.add(anchor)
  return anchor
}
