/**
 * The Content-Security-Policy every renderer response carries, in Electron (custom protocol) and
 * in browser mode. No inline script, no eval, nothing from the network: fonts, styles and scripts
 * all come from the app itself. `style-src 'self'` also rules out inline <style> elements;
 * React's style properties go through CSSOM, which CSP does not govern. 'report-sample' only makes
 * a violation report carry the first characters of what was blocked, so a blocked handler can be
 * traced to the content it came from; it allows nothing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'report-sample'",
  "style-src 'self' 'report-sample'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** Headers sent with every renderer asset and API answer. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
}
