import { HIDING } from './hidden-elements'

/**
 * jsdom and Readability slow down steeply with nesting (each inserted node walks its ancestors;
 * Readability scores ancestors over and over): 1,000 nested <div>s took 44 s, 3,000 over 90 s,
 * and 60,000 overflow jsdom's stack. No article needs more than a few dozen levels, so before
 * jsdom sees the page, elements nested deeper than this are flattened.
 */
export const MAX_NESTING = 64
/**
 * A saved news page has a few thousand elements (a heavy one ~10,000); far more is a dump or an
 * attack, and Readability's time grows faster than the count (57,000 flat elements: 55 s).
 */
export const MAX_ELEMENTS = 20_000

export interface FlattenedPage {
  html: string
  /** Elements (start tags) left in the page once flattened: what jsdom and Readability will see. */
  elements: number
  /** Deep elements replaced by their content. */
  unwrapped: number
  /** Deep elements left out with their content because they might be hidden (see below). */
  leftOut: number
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen', 'frame', 'basefont', 'bgsound'])
/** Elements whose end tag may be left out: they never build a chain the parser keeps open. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rtc', 'rp', 'html', 'head', 'body'])
/** Their content is text up to their end tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes'])

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<\/([A-Za-z][^\s/>]*)[^>]*>?|<([A-Za-z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/g

/** Class, id, attribute and tag names that the page's own stylesheets hide (read roughly, on purpose). */
function hidingNames(html: string): Set<string> {
  const names = new Set<string>()
  for (const style of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style/gi)) {
    for (const rule of (style[1] ?? '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      if (!HIDING.test(rule[2] ?? '')) continue
      for (const name of (rule[1] ?? '').matchAll(/[A-Za-z_][\w-]*/g)) names.add(name[0].toLowerCase())
    }
  }
  return names
}

/**
 * Whether a deep element might hide its content: a hiding attribute or inline style, or any name it
 * carries (tag, class, id, attribute) named in a rule that hides. Such an element cannot be
 * unwrapped (its hiding would be lost and decoy text would leak into the article), so it is left
 * out whole; over-cautious by design, and only ever below the nesting limit.
 */
function mightHide(tag: string, attributes: string, hidden: Set<string>): boolean {
  if (hidden.has(tag)) return true
  for (const [, rawName, ...values] of attributes.matchAll(ATTRIBUTE)) {
    const name = (rawName as string).toLowerCase()
    const value = values.find((v) => v !== undefined) ?? ''
    if (name === 'hidden' || (name === 'aria-hidden' && value.trim().toLowerCase() === 'true')) return true
    if (name === 'style' && HIDING.test(value)) return true
    if (hidden.has(name)) return true
    if ((name === 'class' || name === 'id') && value.split(/\s+/).some((token) => hidden.has(token.toLowerCase()))) return true
  }
  return false
}

interface Open {
  tag: string
  kept: boolean
}

/**
 * Limits a page's nesting before it is parsed: a start tag that would open an element deeper than
 * MAX_NESTING is dropped with its end tag (its content moves up to the deepest kept ancestor, so
 * the text still reads in order), or, when the element might hide its content, the element is
 * left out whole. Only tags are removed, never added, so no markup is made out of text. A page
 * within the limit comes back unchanged.
 */
export function flattenNesting(html: string, maxNesting = MAX_NESTING): FlattenedPage {
  const stack: Open[] = []
  const openByTag = new Map<string, number>()
  const pieces: string[] = []
  let from = 0
  let depth = 0
  let elements = 0
  let unwrapped = 0
  let leftOut = 0
  let hidingNamesOfPage: Set<string> | null = null
  /** Stack height of an element left out whole: everything until it closes is dropped. */
  let leftOutAt = -1
  const cut = (start: number, end: number): void => {
    if (leftOutAt < 0) pieces.push(html.slice(from, start))
    from = end
  }
  const pop = (): Open => {
    const open = stack.pop() as Open
    openByTag.set(open.tag, (openByTag.get(open.tag) ?? 1) - 1)
    if (open.kept) depth--
    return open
  }

  TOKEN.lastIndex = 0
  for (let token = TOKEN.exec(html); token; token = TOKEN.exec(html)) {
    const [whole, endTag, startTag, attributes = ''] = token
    const start = token.index
    const end = start + whole.length
    if (endTag !== undefined) {
      const tag = endTag.toLowerCase()
      if (!openByTag.get(tag)) continue
      let closed: Open
      do closed = pop()
      while (closed.tag !== tag)
      if (leftOutAt >= 0 && stack.length < leftOutAt) {
        leftOutAt = -1
        from = end
      } else if (!closed.kept && leftOutAt < 0) cut(start, end)
      continue
    }
    if (startTag === undefined) continue
    const tag = startTag.toLowerCase()
    elements++
    if (RAW_TEXT.has(tag)) {
      const close = new RegExp(`</${tag}[\\s/>]`, 'ig')
      close.lastIndex = end
      const found = close.exec(html)
      TOKEN.lastIndex = found ? found.index : html.length
      continue
    }
    if (VOID.has(tag) || OPTIONAL_END.has(tag)) {
      if (leftOutAt >= 0) elements--
      continue
    }
    const kept = leftOutAt < 0 && depth < maxNesting
    stack.push({ tag, kept })
    openByTag.set(tag, (openByTag.get(tag) ?? 0) + 1)
    if (kept) {
      depth++
      continue
    }
    elements-- // not kept: unwrapped, left out, or inside an element left out
    if (leftOutAt >= 0) continue // inside an element left out whole
    hidingNamesOfPage ??= hidingNames(html)
    if (mightHide(tag, attributes, hidingNamesOfPage)) {
      cut(start, end)
      leftOutAt = stack.length
      leftOut++
    } else {
      cut(start, end)
      unwrapped++
    }
  }
  if (from === 0) return { html, elements, unwrapped, leftOut }
  if (leftOutAt < 0) pieces.push(html.slice(from))
  return { html: pieces.join(''), elements, unwrapped, leftOut }
}
