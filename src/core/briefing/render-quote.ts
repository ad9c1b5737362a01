import type { Article } from '../corpus/types'
import type { AnchoredHighlight } from '../highlights/anchored'
import { leadingMark, majorityDir, type Dir, type MdBlock } from './direction'
import { escapeInline, paragraphLines, prefixLines } from './markdown-text'
import { articleLink, field, type RenderContext } from './render-context'
import { isolate } from './direction'

/**
 * A quote reads in the direction of its article, as the reader shows it — not by its own letters:
 * "Meta Superintelligence Labs (MSL)، بقيادة ألكسندر وانغ، مؤسس Scale AI" has more Latin letters than
 * Arabic ones and is still an Arabic sentence. Decided once per article (its whole text).
 */
const articleDirs = new WeakMap<Article, Dir>()
function articleDir(article: Article): Dir {
  let dir = articleDirs.get(article)
  if (!dir) articleDirs.set(article, (dir = majorityDir(article.text, 'rtl')))
  return dir
}

/**
 * One quote: a blockquote holding exactly `article.text.slice(start, end)` at the highlight's
 * anchored offsets (line breaks as hard breaks, every character escaped, so a parser reads back
 * the same text), then a paragraph with the citation — a deep link to those offsets — its colour,
 * and the reader's comment. The blockquote holds nothing else: one blockquote, one quote.
 */
export function quoteBlocks(h: AnchoredHighlight, article: Article, ctx: RenderContext): MdBlock[] {
  if (!h.anchor) throw new Error(`quoteBlocks: highlight ${h.id} is an orphan and must not be quoted`)
  const { start, end } = h.anchor
  const text = article.text.slice(start, end)
  const dir = articleDir(article)
  const lines = paragraphLines(text)
  lines[0] = `${leadingMark(text, dir)}${lines[0] ?? ''}`
  const colour = ctx.labels.colors[h.color]
  const citePlain = `— ${article.meta.title} · ${colour}`
  let cite = `${leadingMark(citePlain, ctx.docDir)}— ${articleLink(article, ctx, { start, end })} · ${escapeInline(colour)}`
  const comment = h.comment.trim()
  if (comment) cite += `\\\n${field(ctx.labels.comment, isolate(paragraphLines(comment).join('\n'), comment, ctx.docDir))}`
  return [
    { dir, md: prefixLines(lines, '> ') },
    { dir: ctx.docDir, md: cite },
  ]
}
