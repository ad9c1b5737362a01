import type { DaftarApi } from '../../../shared/api'
import { apiMethods, httpPathOf } from '../../../shared/channels'
import type { Result } from '../../../shared/result'

/**
 * DaftarApi over fetch, for browser mode. Every call sends the per-run token (see page-token.ts)
 * as a header, the only place the server accepts it (a foreign page can neither read it nor send that header without a
 * CORS preflight the server refuses).
 */
export function createHttpApi(token: string, fetchImpl: typeof fetch = fetch): DaftarApi {
  const call = async (method: (typeof apiMethods)[number], args: unknown[]): Promise<Result<unknown>> => {
    try {
      const body = JSON.stringify({ args })
      const response = await fetchImpl(httpPathOf(method), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Daftar-Token': token },
        body,
        credentials: 'omit',
        // A save made while the page closes (autosave on leaving) still reaches the server; browsers
        // refuse keepalive bodies over 64 KB, so only smaller requests ask for it.
        keepalive: body.length < 60_000,
      })
      return (await response.json()) as Result<unknown>
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: `The Daftar server did not answer (${String(error)})` } }
    }
  }
  return Object.fromEntries(apiMethods.map((m) => [m, (...args: unknown[]) => call(m, args)])) as unknown as DaftarApi
}
