/** Where hostile content tries to send the window or the OS. None of these may open or load. */
const TARGETS = [
  'https://evil.example/',
  'http://127.0.0.1:8080/',
  'file:///etc/passwd',
  'file://server/share/x.exe',
  'smb://server/share',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'ms-msdt:/id PCWDiagnostic',
  'search-ms:query=x&crumb=location:\\\\evil\\share',
  'ftp://evil.example/',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'about:blank',
  'blob:https://evil.example/1234',
  'app://evil/index.html',
  'app://daftar.evil.example/index.html',
  'daftar://article/x',
  'steam://run/1',
]

const mixCase = (s: string): string => [...s].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join('')
const scheme = (url: string): string => url.slice(0, url.indexOf(':') + 1)

/** Each target as written, upper- and mixed-case, and with control, space and bidi characters slipped in. */
export function hostileUrls(): string[] {
  const variants = TARGETS.flatMap((url) => {
    const s = scheme(url)
    const rest = url.slice(s.length)
    return [
      url,
      s.toUpperCase() + rest,
      mixCase(s) + rest,
      ` ${url}`,
      `\t${url}`,
      `${url}\n`,
      `\u0000${url}`,
      `${s.slice(0, 2)}\t${s.slice(2)}${rest}`,
      `${s.slice(0, 2)}\n${s.slice(2)}${rest}`,
      `\u202e${url}`,
      `${s}\u200b${rest}`,
    ]
  })
  return [...new Set(variants)]
}

/** Links that may leave the app (after the user agrees), in odd but legitimate spellings. */
export const ALLOWED_EXTERNAL = ['https://example.com/', 'HTTPS://EXAMPLE.COM/News', 'HtTp://example.com/a?b=c', 'mailto:desk@example.com', 'MAILTO:desk@example.com']

/** The same allowed links spoiled with control or invisible characters: refused without asking. */
const insertAt = (s: string, at: number, c: string): string => s.slice(0, at) + c + s.slice(at)
export const SPOILED_EXTERNAL = ALLOWED_EXTERNAL.flatMap((url) => [
  `${url}\u0000`,
  `\u0001${url}`,
  url.replace(':', ':\u200b'),
  insertAt(url, Math.floor(url.length / 2), '\u202e'),
  insertAt(url, Math.floor(url.length / 2), '\u2066'),
  `${url} `,
])
