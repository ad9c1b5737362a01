import type { ApiArgs, ApiMethod, DaftarApi } from '../shared/api'
import { err, ok, type Result } from '../shared/result'
import { requestSchemas } from '../shared/schemas'
import type { Backend } from './backend'
import { briefingFor } from './briefing/briefing-service'
import { entityPage } from './entities/entity-page'
import { figuresMethods } from './figures/figures-methods'
import { plainArticle } from './library/lazy-text'
import { libraryMethods } from './library/library-handlers'
import { timelineMethods } from './timeline/timeline-methods'
import { relationMethods } from './relations/relation-service'
import { saved } from './store/saved'
import { saveBriefing, type SavePlatform } from './briefing/save-briefing'

/** A handler takes untrusted arguments: it validates them before anything else runs. */
export type UntrustedHandler = (args: unknown) => Promise<Result<unknown>>
export type Handlers = Record<ApiMethod, UntrustedHandler>

/** The API implemented over the backend, with trusted, already-validated arguments. */
function implement(backend: Backend, platform: SavePlatform): DaftarApi {
  const { settings } = backend
  return {
    getStartupReport: async () => ok({ dataDir: backend.dataDir, notices: backend.allNotices() }),
    takeNotices: async () => ok(backend.takeNotices()),
    takeStartupNotices: async () => {
      await backend.startupChecked
      return ok(backend.takeNotices())
    },
    listLibrary: async () => ok(backend.library()),
    ...libraryMethods(backend),
    getArticle: async (id) => {
      const article = backend.article(id)
      // Plain: an article read from its file on demand keeps its text on its prototype, which IPC's structured clone skips.
      return article ? ok(plainArticle(article)) : err('not-found', `No article with id "${id}".`)
    },
    getSettings: async () => ok({ ...settings.data.reading }),
    updateSettings: async (patch) => {
      // The schema lets an optional key arrive holding undefined (IPC's structured clone keeps it);
      // assigning it would drop that setting from the saved file, which then fails validation.
      const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined))
      const outcome = await settings.update((doc) => Object.assign(doc.reading, defined))
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
    listHighlights: async (articleId) => backend.highlights.list(articleId),
    listAllHighlights: async () => backend.highlights.listAll(),
    createHighlights: async (input) => backend.highlights.create(input),
    updateHighlight: async (id, patch) => backend.highlights.update(id, patch),
    deleteHighlight: async (id) => backend.highlights.remove(id),
    restoreHighlight: async (record) => backend.highlights.restore(record),
    reattachHighlight: async (id, start, end) => backend.highlights.reattach(id, start, end),
    listEntities: async () => backend.entities.list(),
    createEntity: async (input) => backend.entities.create(input),
    updateEntity: async (id, input) => backend.entities.update(id, input),
    mergeEntities: async (sourceId, targetId) => backend.entities.merge(sourceId, targetId),
    deleteEntity: async (id) => backend.entities.remove(id),
    getArticleEntities: async (articleId) => backend.entities.forArticleOffThread(articleId),
    listNewNames: async (scope) => backend.newNames.inbox(scope),
    acceptNewNames: async (choices) => backend.newNames.accept(choices),
    mergeNewName: async (choice, entityId) => backend.newNames.merge(choice, entityId),
    ignoreNewNames: async (names) => backend.newNames.ignore(names),
    decideMention: async (verdict) => backend.entities.decide(verdict),
    getEntityPage: async (id) => entityPage(id, { entities: backend.entities, articles: backend.articles, highlights: backend.highlights, notes: backend.notes }),
    tagHighlight: async (id, entityIds) => {
      const unknown = entityIds.find((e) => !backend.entities.entities.some((x) => x.id === e))
      return unknown ? err('not-found', `No entity with id "${unknown}".`) : backend.highlights.tag(id, entityIds)
    },
    listNotes: async () => backend.notes.list(),
    getNote: async (id) => backend.notes.get(id),
    createNote: async (input) => backend.notes.create(input),
    saveNote: async (id, input) => backend.notes.save(id, input),
    deleteNote: async (id) => backend.notes.remove(id),
    buildBriefing: async (scope, options) => briefingFor(backend, scope, options, backend.now),
    saveBriefing: async (scope, options) => saveBriefing(backend, platform, scope, options, backend.now),
    ...figuresMethods(backend),
    ...timelineMethods(backend),
    ...relationMethods(backend),
  }
}

/**
 * Wraps every method with payload validation and a last-resort catch, so a bad request answers a
 * clear `invalid-request` and a bug answers `internal` — neither crashes the process.
 * Main (over IPC) and browser mode (over HTTP) register exactly these functions; `platform` adds
 * what only the host has (Electron's save dialog).
 */
export function createHandlers(backend: Backend, platform: SavePlatform = {}): Handlers {
  const api = implement(backend, platform)
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
