/**
 * The deep link that opens a passage: `daftar://article/<id>?start=<n>&end=<n>` (offsets are UTF-16
 * offsets into the article's canonical text), or `daftar://article/<id>` for the article itself.
 * The Electron shell receives it from the OS; browser mode takes it as a URL fragment
 * (`#daftar://article/…`). Parsing is strict: anything odd is refused, never guessed at.
 */
export interface PassageLink {
  articleId: string
  /** Both set, or neither (a link to the whole article). */
  range?: { start: number; end: number }
}

export const DEEP_LINK_SCHEME = 'daftar'
const PREFIX = `${DEEP_LINK_SCHEME}://article/`
const MAX_OFFSET = 100_000_000
const MAX_LINK_LENGTH = 2048

/** encodeURIComponent leaves ( ) ! * ' ~ alone; parentheses would end a Markdown link destination. */
const encodeId = (id: string): string => encodeURIComponent(id).replace(/[()!*'~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

export function deepLink(articleId: string, range?: { start: number; end: number }): string {
  const base = `${PREFIX}${encodeId(articleId)}`
  return range ? `${base}?start=${range.start}&end=${range.end}` : base
}

/** Article ids are file stems: bounded, no path separators or control characters, not "." or "..". */
export function isArticleId(id: string): boolean {
  return id.length > 0 && id.length <= 200 && !/[\\/\u0000-\u001f\u007f]/.test(id) && id !== '.' && id !== '..'
}

const offsetOf = (raw: string | undefined): number | null => {
  if (raw === undefined || !/^\d{1,9}$/.test(raw)) return null
  const n = Number(raw)
  return n <= MAX_OFFSET ? n : null
}

/** Parses a deep link; null for anything that is not exactly one of the two forms. */
export function parseDeepLink(raw: string): PassageLink | null {
  if (typeof raw !== 'string' || raw.length > MAX_LINK_LENGTH) return null
  const text = raw.trim()
  if (text.slice(0, PREFIX.length).toLowerCase() !== PREFIX) return null
  const match = /^([^/?#]+)(?:\?([^#]*))?$/.exec(text.slice(PREFIX.length))
  if (!match) return null
  let articleId: string
  try {
    articleId = decodeURIComponent(match[1] as string)
  } catch {
    return null
  }
  if (!isArticleId(articleId)) return null
  const query = match[2]
  if (query === undefined || query === '') return { articleId }
  const params = new Map<string, string>()
  for (const pair of query.split('&')) {
    const [key, value, extra] = pair.split('=')
    if (key === undefined || value === undefined || extra !== undefined || params.has(key)) return null
    params.set(key, value)
  }
  if (params.size !== 2) return null
  const start = offsetOf(params.get('start'))
  const end = offsetOf(params.get('end'))
  if (start === null || end === null || end <= start) return null
  return { articleId, range: { start, end } }
}
