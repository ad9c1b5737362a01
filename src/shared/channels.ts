import type { ApiMethod, DaftarEvents } from './api'

/** The only place channel strings are made: one per API method, under a Daftar prefix. */
export const CHANNEL_PREFIX = 'daftar:'

export const channelOf = (method: ApiMethod): string => `${CHANNEL_PREFIX}${method}`

/** The HTTP path browser mode serves a method at. */
export const httpPathOf = (method: ApiMethod): string => `/api/${method}`

/**
 * Every method name, for the preload to expose. Kept free of zod so the sandboxed preload bundle
 * stays tiny; the type check below fails the build if a method of DaftarApi is missing here.
 */
export const apiMethods = [
  'getStartupReport',
  'takeNotices',
  'takeStartupNotices',
  'listLibrary',
  'importFiles',
  'importText',
  'pickImportFiles',
  'importPicked',
  'stopImport',
  'removeArticle',
  'getLibraryFacets',
  'articlesWithEntity',
  'search',
  'getSearchStatus',
  'cancelIndexing',
  'resumeIndexing',
  'getArticle',
  'getSettings',
  'updateSettings',
  'getSession',
  'saveReadingPosition',
  'listHighlights',
  'listAllHighlights',
  'createHighlights',
  'updateHighlight',
  'deleteHighlight',
  'restoreHighlight',
  'reattachHighlight',
  'listEntities',
  'createEntity',
  'updateEntity',
  'mergeEntities',
  'deleteEntity',
  'getArticleEntities',
  'listNewNames',
  'acceptNewNames',
  'mergeNewName',
  'ignoreNewNames',
  'decideMention',
  'getEntityPage',
  'tagHighlight',
  'listNotes',
  'getNote',
  'createNote',
  'saveNote',
  'deleteNote',
  'buildBriefing',
  'saveBriefing',
  'getFigures',
  'decideFigure',
  'undoFigureDecision',
  'getTimeline',
  'getRelationGraph',
] as const satisfies readonly ApiMethod[]

type Missing = Exclude<ApiMethod, (typeof apiMethods)[number]>
export const everyMethodListed: [Missing] extends [never] ? true : Missing = true

/** The channel of each event main sends to the page (DaftarEvents), and nothing else. */
export const eventChannels = { onOpenLink: 'daftar-event:openLink' } as const satisfies { [E in keyof DaftarEvents]: string }
export type ApiEvent = keyof typeof eventChannels
