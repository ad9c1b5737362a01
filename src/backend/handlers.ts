import type { ApiArgs, ApiMethod, DaftarApi } from '../shared/api'
import { err, ok, type Result } from '../shared/result'
import { requestSchemas } from '../shared/schemas'
import type { Backend } from './backend'
import type { UpdateOutcome } from '../core/store/stored-document'

/** A handler takes untrusted arguments: it validates them before anything else runs. */
export type UntrustedHandler = (args: unknown) => Promise<Result<unknown>>
export type Handlers = Record<ApiMethod, UntrustedHandler>

const saved = <T>(outcome: UpdateOutcome, value: T): Result<T> =>
  outcome.saved ? ok(value) : err(outcome.readOnly ? 'read-only' : 'write-failed', outcome.reason)

/** The API implemented over the backend, with trusted, already-validated arguments. */
function implement(backend: Backend): DaftarApi {
  const { settings } = backend
  return {
    getStartupReport: async () => ok({ dataDir: backend.dataDir, notices: [...backend.notices] }),
    listLibrary: async () => ok(backend.library()),
    getArticle: async (id) => {
      const article = backend.article(id)
      return article ? ok(article) : err('not-found', `No article with id "${id}".`)
    },
    getSettings: async () => ok({ ...settings.data.reading }),
    updateSettings: async (patch) => {
      const outcome = await settings.update((doc) => Object.assign(doc.reading, patch))
      return saved(outcome, { ...settings.data.reading })
    },
    getSession: async () => ok(structuredClone(settings.data.session)),
    saveReadingPosition: async (articleId, position) => {
      if (!backend.article(articleId)) return err('not-found', `No article with id "${articleId}".`)
      const outcome = await settings.update((doc) => {
        doc.session.lastArticleId = articleId
        doc.session.positions[articleId] = { ...position, updatedAt: backend.now().toISOString() }
      })
      return saved(outcome, null)
    },
  }
}

/**
 * Wraps every method with payload validation and a last-resort catch, so a bad request answers a
 * clear `invalid-request` and a bug answers `internal` — neither crashes the process.
 * Main (over IPC) and browser mode (over HTTP) register exactly these functions.
 */
export function createHandlers(backend: Backend): Handlers {
  const api = implement(backend)
  const handlers = {} as Handlers
  for (const method of Object.keys(requestSchemas) as ApiMethod[]) {
    handlers[method] = async (args) => {
      const parsed = requestSchemas[method].safeParse(args)
      if (!parsed.success) {
        const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; ')
        return err('invalid-request', `${method}: ${detail}`)
      }
      try {
        const call = api[method] as (...a: ApiArgs<typeof method>) => Promise<Result<unknown>>
        return await call(...(parsed.data as ApiArgs<typeof method>))
      } catch (error) {
        return err('internal', `${method} failed: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
  }
  return handlers
}
