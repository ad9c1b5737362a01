import { DISGUISING } from '../../../../core/briefing/link-policy'

/**
 * Which link targets a note may hold. Only web pages and e-mail addresses: a `javascript:` or
 * `data:` link pasted from a web page would run code or show forged content when opened, and a
 * relative link means nothing in a note. Parsing with URL (not a prefix test) sees through the
 * tricks browsers forgive: "java\tscript:", leading spaces, upper case.
 */
export const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const

export function isAllowedLink(href: string): boolean {
  // URL would percent-encode a bidi override in a path and let the link through: refuse it first.
  if (DISGUISING.test(href)) return false
  try {
    return (LINK_PROTOCOLS as readonly string[]).includes(new URL(href.trim()).protocol)
  } catch {
    return false
  }
}

/**
 * What the user typed into the link field, as the href to store, or null when it is not allowed.
 * A bare address gets a scheme, as a browser's address bar would give it: "example.com/a" →
 * "https://example.com/a", "name@example.com" → "mailto:name@example.com".
 */
export function linkFromInput(input: string): string | null {
  const text = input.trim()
  if (!text) return null
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return isAllowedLink(text) ? new URL(text).href : null
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) return `mailto:${text}`
  if (/^[^\s/?#]+\.[^\s/?#]{2,}([/?#]\S*)?$/.test(text)) {
    const href = `https://${text}`
    return isAllowedLink(href) ? new URL(href).href : null
  }
  return null
}
