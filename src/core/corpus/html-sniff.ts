/**
 * Recognising a saved web page whatever its file is called ("article.txt" that is really HTML),
 * and reading the charset it declares. Pure string checks: the parsing itself happens in the
 * backend (jsdom), which src/core must not import.
 */

/** Leading whitespace, BOM, XML declaration and comments, then one of the tags only a page opens with. */
const PAGE_START = /^[\s\ufeff]*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta[\s>])/i

export function looksLikeHtml(text: string): boolean {
  return PAGE_START.test(text.slice(0, 4096))
}

const EXTENSION_HTML = /\.(?:html?|xhtml)$/i

export const isHtmlFileName = (name: string): boolean => EXTENSION_HTML.test(name)

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i

/**
 * The charset a page declares in its first 2 KB (`<meta charset>` or the http-equiv form), read on
 * the raw bytes as Latin-1: the declaration itself is ASCII in every encoding it can name.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('iso-8859-1').decode(bytes.subarray(0, 2048))
  if (!/<(?:!doctype|html|head|meta)\b/i.test(head)) return undefined
  return META_CHARSET.exec(head)?.[1]?.toLowerCase()
}
