import type { Blockquote, Nodes, Root, RootContent } from 'mdast'
import { expect } from 'vitest'
import { parseDeepLink } from '../../../src/core/briefing/deep-link'
import type { Article } from '../../../src/core/corpus/types'
import { all, ALLOWED_HTML, nodes, parseMarkdown, textOf, withoutMark } from '../../support/markdown'

export interface CheckedQuote {
  articleId: string
  start: number
  end: number
  text: string
}

/** The first daftar: link in a node, parsed. */
const citationIn = (node: Nodes): ReturnType<typeof parseDeepLink> => {
  const link = all(node, 'link').find((l) => l.url.startsWith('daftar:'))
  return link ? parseDeepLink(link.url) : null
}

/** The blocks of the document in order, with the direction wrappers (raw HTML blocks) left out. */
const contentBlocks = (root: Root): RootContent[] => root.children.filter((n) => n.type !== 'html')

/**
 * What every briefing must be, whatever its scope: valid CommonMark/GFM with no raw HTML but its
 * direction wrappers and anchors; one title; every daftar: link a valid deep link into an article of
 * the library, within its text; every blockquote one quote, followed by its citation, holding
 * exactly the article's text at the cited offsets; every in-page link landing on an anchor.
 */
export function checkBriefing(markdown: string, articles: ReadonlyMap<string, Article>): { tree: Root; quotes: CheckedQuote[] } {
  const tree = parseMarkdown(markdown)
  for (const html of all(tree, 'html')) expect(html.value.trim(), 'raw HTML in a briefing').toMatch(ALLOWED_HTML)
  expect(all(tree, 'heading').filter((h) => h.depth === 1)).toHaveLength(1)

  for (const link of all(tree, 'link')) {
    if (link.url.startsWith('#')) continue
    if (/^(?:https?|mailto):/i.test(link.url)) continue
    const parsed = parseDeepLink(link.url)
    expect(parsed, `not a deep link: ${link.url}`).not.toBeNull()
    const article = articles.get(parsed?.articleId ?? '')
    expect(article, `link to an unknown article: ${link.url}`).toBeDefined()
    if (parsed?.range) expect(parsed.range.end).toBeLessThanOrEqual(article?.text.length ?? 0)
  }

  const anchors = new Set(all(tree, 'html').flatMap((h) => /^<a id="([^"]+)">$/.exec(h.value)?.slice(1) ?? []))
  for (const link of all(tree, 'link').filter((l) => l.url.startsWith('#'))) expect(anchors, `dangling in-page link ${link.url}`).toContain(link.url.slice(1))

  const blocks = contentBlocks(tree)
  const quotes: CheckedQuote[] = []
  blocks.forEach((block, i) => {
    if (block.type !== 'blockquote') return
    const quote = block as Blockquote
    expect(quote.children.map((c) => c.type), 'a quote is one paragraph').toEqual(['paragraph'])
    const cited = citationIn(blocks[i + 1] as Nodes)
    expect(cited?.range, 'a quote is followed by its citation').toBeDefined()
    const article = articles.get(cited?.articleId ?? '') as Article
    const text = withoutMark(textOf(quote))
    expect(text).toBe(article.text.slice(cited?.range?.start, cited?.range?.end))
    quotes.push({ articleId: article.id, start: cited?.range?.start ?? 0, end: cited?.range?.end ?? 0, text })
  })
  // No blockquote hides inside another block (a list, a table): each one was checked above.
  expect([...nodes(tree)].filter((n) => n.node.type === 'blockquote' && n.parent !== tree)).toHaveLength(0)
  return { tree, quotes }
}
