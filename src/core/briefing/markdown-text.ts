/**
 * Text into Markdown that renders as exactly that text. Everything that is not structure we made is
 * escaped: a note's raw HTML, an article's asterisks or a comment's "[x](javascript:…)" come out as
 * the characters they are, never as markup. CommonMark allows a backslash before any ASCII
 * punctuation, so escaping more than strictly needed is always safe; we escape what CommonMark,
 * GFM and the common extensions (GitHub and Obsidian math `$`, Obsidian `==` and `%%`, emoji
 * `:code:`) would otherwise read as syntax.
 */

const INLINE_SYNTAX = /[\\`*_[\]<>|~#$]/g

export function escapeInline(text: string): string {
  return text
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&') // a character reference would be decoded
    .replace(/=(?==)/g, '\\=')
    .replace(/%(?=%)/g, '\\%')
    .replace(/:(?=[A-Za-z0-9_+-]+:)/g, '\\:')
}

const encodeWhitespace = (ws: string): string => ws.replace(/[ \t]/g, (c) => (c === ' ' ? '&#32;' : '&#9;'))

/**
 * One line of text (no line break) as it may stand anywhere a line of a paragraph can: inline
 * syntax escaped, block markers at its start neutralised (list bullets, ordered-list numbers, setext
 * underlines; #, >, `, ~, | and < are escaped already), and leading or trailing spaces written as
 * character references, since Markdown strips them (and four would start a code block).
 */
export function escapeLine(line: string): string {
  const escaped = escapeInline(line)
    .replace(/^([ \t]*)([-+=])/, '$1\\$2')
    .replace(/^([ \t]*\d{1,9})([.)])/, '$1\\$2')
  const lead = /^[ \t]+/.exec(escaped)?.[0] ?? ''
  const rest = escaped.slice(lead.length)
  const trail = /[ \t]+$/.exec(rest)?.[0] ?? ''
  return encodeWhitespace(lead) + rest.slice(0, rest.length - trail.length) + encodeWhitespace(trail)
}

/**
 * Multi-line text as the lines of ONE paragraph: each line break becomes a hard break (a backslash
 * at the end of the line), so the paragraph's text — breaks read as "\n" — is the input exactly,
 * blank lines included (a line holding only the backslash is itself a hard break).
 */
export function paragraphLines(text: string): string[] {
  const lines = text.split('\n').map(escapeLine)
  return lines.map((line, i) => (i < lines.length - 1 ? `${line}\\` : line))
}

/** Prefixes every line (a blockquote's "> ", a list item's indentation). */
export const prefixLines = (lines: readonly string[], first: string, rest: string = first): string =>
  lines.map((line, i) => (i === 0 ? first : rest) + line).join('\n')

/** Inline code: a fence of backticks longer than any run inside, padded when the code touches one. */
export function inlineCode(code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = code.startsWith('`') || code.endsWith('`') || /^ .* $/.test(code) ? ' ' : ''
  return `${fence}${pad}${code.replace(/\n/g, ' ')}${pad}${fence}`
}

/** A table cell: inline text on one line (pipes are escaped by escapeInline). */
export const tableCell = (markdown: string): string => markdown.replace(/\s*\n\s*/g, ' ').trim() || ' '
