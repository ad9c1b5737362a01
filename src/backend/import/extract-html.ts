import { Readability } from '@mozilla/readability'
import createDOMPurify from 'dompurify'
import { createRequire } from 'node:module'
import type { ExtractedPage } from '../../core/corpus/article-from-page'
import { blocksOf } from './html-blocks'
import { removeHiddenElements } from './hidden-elements'
import { flattenNesting, MAX_ELEMENTS, MAX_NESTING } from './flatten-nesting'

/** A page too big to read in reasonable time (its element count is over MAX_ELEMENTS). */
export class PageTooComplexError extends Error {
  constructor(readonly elements: number) {
    super(`The page has ${elements.toLocaleString('en-US')} elements; pages of up to ${MAX_ELEMENTS.toLocaleString('en-US')} can be read.`)
  }
}

type Jsdom = typeof import('jsdom')
const requireLazily = createRequire(import.meta.url)
let jsdom: Jsdom | undefined
/** jsdom takes ~430 ms to load: only a process that really reads a saved page (the parse worker) pays for it. */
const loadJsdom = (): Jsdom => (jsdom ??= requireLazily('jsdom') as Jsdom)

/**
 * A saved web page → its article as text blocks, with title, byline, site name and date.
 *
 * jsdom parses the page with scripts off (its default: `runScripts` unset) and loads nothing
 * (no `resources` option: no images, stylesheets, frames or scripts are fetched), so nothing in
 * the page runs or calls out. Hidden elements are dropped, @mozilla/readability picks the article,
 * DOMPurify (on the page's own jsdom window) sanitises what it picked, and only text nodes are read
 * from the result: markup never reaches the app. A page Readability finds no article in is read
 * whole (its body, minus the same hidden parts). Nesting is limited first (flattenNesting), and a
 * page of more than MAX_ELEMENTS elements is refused: both would hold the parse for minutes.
 */
export function extractHtml(html: string): ExtractedPage & { warnings: string[] } {
  const flat = flattenNesting(html)
  if (flat.elements > MAX_ELEMENTS) {
    throw new PageTooComplexError(flat.elements)
  }
  const warnings: string[] = []
  if (flat.unwrapped + flat.leftOut > 0) {
    const leftOut = flat.leftOut > 0 ? `; ${flat.leftOut.toLocaleString('en-US')} that might hide their text were left out` : ''
    warnings.push(`The page nests elements more than ${MAX_NESTING} deep: ${flat.unwrapped.toLocaleString('en-US')} deeper elements were flattened${leftOut}.`)
  }
  const { JSDOM, VirtualConsole } = loadJsdom()
  const virtualConsole = new VirtualConsole() // swallows jsdom's CSS parse warnings
  const dom = new JSDOM(flat.html, { virtualConsole, contentType: 'text/html' })
  try {
    const { document } = dom.window
    removeHiddenElements(document)
    const pageTitle = document.title
    const parsed = new Readability(document, { charThreshold: 200, maxElemsToParse: MAX_ELEMENTS }).parse()
    const purify = createDOMPurify(dom.window as unknown as Parameters<typeof createDOMPurify>[0])
    const source = parsed?.content ?? document.body?.innerHTML ?? ''
    const fragment = purify.sanitize(source, { RETURN_DOM_FRAGMENT: true, FORBID_TAGS: ['style', 'form', 'svg', 'math'], FORBID_ATTR: ['style'] })
    const title = (parsed?.title ?? pageTitle ?? '').trim()
    const blocks = blocksOf(fragment).filter((b, i) => !(i === 0 && b.kind === 'heading' && sameText(b.text, title)))
    return {
      title,
      blocks,
      warnings,
      ...(parsed?.byline ? { byline: parsed.byline } : {}),
      ...(parsed?.siteName ? { siteName: parsed.siteName } : {}),
      ...(parsed?.publishedTime ? { published: parsed.publishedTime } : {}),
    }
  } finally {
    dom.window.close()
  }
}

const sameText = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim()
