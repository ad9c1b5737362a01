/**
 * Which link targets a briefing may carry from a note: web pages and e-mail addresses only (the
 * note editor's own policy). Written without URL (src/core has no DOM or Node types): browsers
 * drop ASCII tab and newline anywhere in a URL and trim controls and spaces around it, so we do the
 * same before reading the scheme — "java\tscript:" and " JAVASCRIPT:" are both javascript:.
 */
const ALLOWED = /^(?:https?:\/\/[^/?#\s]|mailto:[^\s])/i
/**
 * Format characters (Unicode Cf: bidi overrides and isolates, marks, zero-width characters, the
 * soft hyphen, the BOM) and line separators: invisible, and able to make a target read as another
 * ("https://example.com/\u202Egpj.exe" shows as "…exe.jpg"). No honest link needs one.
 */
export const DISGUISING = /[\p{Cf}\u2028\u2029]/u

export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 2048) return null
  const href = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
  if (!ALLOWED.test(href) || DISGUISING.test(href)) return null
  // A Markdown link destination ends at a space or an unbalanced parenthesis, and "<" would open an HTML tag.
  return href.replace(/[\u0000-\u0020\u007f<>()\\`"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}
