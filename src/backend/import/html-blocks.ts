import type { ExtractedPage } from '../../core/corpus/article-from-page'

type BlockKind = ExtractedPage['blocks'][number]['kind']

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6'])
const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE',
  'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'CAPTION', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY', ...HEADINGS,
])
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT'])

const ELEMENT = 1
const TEXT = 3

/**
 * Reduces sanitised article markup to text blocks: each paragraph, list item, heading or caption
 * becomes one block of plain text. Only text nodes are read (never attributes, comments or
 * markup), so nothing of the page's HTML survives into the article.
 */
export function blocksOf(root: Node): ExtractedPage['blocks'] {
  const blocks: ExtractedPage['blocks'] = []
  let buffer = ''
  let kind: BlockKind = 'paragraph'
  const flush = (): void => {
    const text = buffer.replace(/\s+/g, ' ').trim()
    if (text) blocks.push({ kind, text })
    buffer = ''
  }
  const walk = (node: Node, current: BlockKind): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT) {
        if (buffer === '') kind = current
        buffer += child.nodeValue ?? ''
        continue
      }
      if (child.nodeType !== ELEMENT) continue
      const tag = (child as Element).tagName.toUpperCase()
      if (SKIP.has(tag)) continue
      if (tag === 'BR') {
        flush()
        continue
      }
      if (!BLOCKS.has(tag)) {
        walk(child, current)
        continue
      }
      flush()
      walk(child, HEADINGS.has(tag) ? 'heading' : tag === 'FIGCAPTION' || tag === 'CAPTION' ? 'caption' : 'paragraph')
      flush()
    }
  }
  walk(root, 'paragraph')
  flush()
  return blocks
}
