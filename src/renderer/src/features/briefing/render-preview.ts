import DOMPurify from 'dompurify'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'

/**
 * The briefing's Markdown as HTML for the in-app preview. micromark keeps raw HTML and every link
 * protocol only because the briefing's own structure needs them (its `<div dir>` and `<span dir>`
 * wrappers, `<a id>` anchors, daftar: citations; note text is escaped by the builder). DOMPurify
 * then keeps exactly what a briefing may hold: the elements Markdown makes, `dir` (rtl, ltr, auto),
 * anchors, and links to daftar:, http(s):, mailto: and in-page fragments — nothing else reaches
 * the DOM. Anchor ids get a prefix so they cannot clash with the app's own.
 */
export const PREVIEW_ID_PREFIX = 'briefing-preview-'

const ALLOWED_TAGS = ['div', 'span', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'a', 'strong', 'em', 'del', 'code', 'pre', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td']
const ALLOWED_ATTR = ['dir', 'href', 'id', 'start', 'align']
/** Where a link may point. DOMPurify checks every attribute value that is not a known-safe one against its URI pattern, so that pattern stays DOMPurify's own shape (scheme-less values such as dir="rtl" pass) with only our schemes; hrefs are held to LINK_TARGETS by the hook below. */
const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto|daftar):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i
const LINK_TARGETS = /^(?:(?:https?|mailto|daftar):|#)/i

let purifier: ReturnType<typeof DOMPurify> | null = null

function sanitizer(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier
  const instance = DOMPurify(window)
  instance.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'dir' && !['rtl', 'ltr', 'auto'].includes(data.attrValue)) data.keepAttr = false
    if (data.attrName === 'href' && !LINK_TARGETS.test(data.attrValue.replace(/[\u0000-\u0020]/g, ''))) data.keepAttr = false
    if (data.attrName === 'id') {
      if (/^[A-Za-z0-9_-]{1,80}$/.test(data.attrValue)) data.attrValue = `${PREVIEW_ID_PREFIX}${data.attrValue}`
      else data.keepAttr = false
    }
  })
  instance.addHook('afterSanitizeAttributes', (node) => {
    // Links out of the app open in a new window: Electron routes that through its confirmation.
    if (node.tagName === 'A' && /^(?:https?|mailto):/i.test(node.getAttribute('href') ?? '')) {
      node.setAttribute('target', '_blank')
      node.setAttribute('rel', 'noopener noreferrer')
    }
  })
  return (purifier = instance)
}

export function briefingHtml(markdown: string): string {
  const html = micromark(markdown, { allowDangerousHtml: true, allowDangerousProtocol: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] })
  return sanitizer().sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, ALLOWED_URI_REGEXP, ALLOW_DATA_ATTR: false })
}
