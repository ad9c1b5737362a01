import { z } from 'zod'
import { briefingOptionsSchema, briefingScopeSchema } from '../core/briefing/scope'
import { entityTypes } from '../core/entities/types'
import { MAX_BODY_DEPTH, withinDepth } from '../core/notes/tiptap-json'
import { highlightColors, highlightSchema } from '../core/store/annotations'
import { attachmentSchema } from '../core/store/notes'
import { readingSettingsPatchSchema } from '../core/store/settings'
import { figureDecisionKinds } from '../core/story/figures/types'
import type { ApiArgs, ApiMethod } from './api'
import { MAX_IMPORT_BYTES } from './library-api'

/** Ids are file stems: bounded, no path separators, no control characters. */
export const articleIdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\\/\u0000-\u001f\u007f]+$/u, 'must not contain path separators or control characters')
  .refine((s) => s !== '.' && s !== '..', 'must not be a relative path')

const none = z.tuple([])

/** The story's relation graph: a scope, a focus and filters, all optional. */
const relationGraphRequestSchema = z
  .object({
    scope: briefingScopeSchema.optional(),
    around: z.string().min(1).max(100).optional(),
    steps: z.union([z.literal(1), z.literal(2)]).optional(),
    types: z.array(z.enum(entityTypes)).max(entityTypes.length).optional(),
    minWeight: z.number().int().min(1).max(1_000_000).optional(),
    maxEdges: z.number().int().min(1).max(5_000).optional(),
  })
  .strict()

const offset = z.number().int().min(0).max(100_000_000)
const highlightIdSchema = z.string().min(1).max(100)
const commentSchema = z.string().max(20_000)

const entityIdSchema = z.string().min(1).max(100)
const nameSchema = z.string().max(300)

const newNameChoiceSchema = z
  .object({
    name: z.string().trim().min(1).max(300),
    type: z.enum(['person', 'org', 'product', 'place', 'other']),
    aliases: z.array(z.string().min(1).max(300)).max(50),
  })
  .strict()

const entityInputSchema = z
  .object({
    type: z.enum(entityTypes),
    nameAr: nameSchema,
    nameLatin: nameSchema,
    aliases: z.array(z.string().max(300)).max(200),
    description: z.string().max(20_000),
    descriptionAr: z.string().max(20_000).optional(),
    money: z
      .object({ value: z.number().finite().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/) })
      .strict()
      .optional(),
  })
  .strict()

/** A note body is JSON the editor made: bounded in size so a request cannot carry megabytes of it. */
// Depth first: measuring the size serialises the body, which recursion this deep would break.
const noteBodySchema = z
  .unknown()
  .refine((body) => withinDepth(body), { message: `the note body is nested more than ${MAX_BODY_DEPTH} levels deep`, abort: true })
  .refine((body) => JSON.stringify(body ?? null).length <= 2_000_000, 'the note body is larger than 2 MB')

const noteInputSchema = z
  .object({ title: z.string().max(500), body: noteBodySchema, attachments: z.array(attachmentSchema.strict()).max(500) })
  .strict()

const newHighlightSchema = z
  .object({ articleId: articleIdSchema, start: offset, end: offset, color: z.enum(highlightColors), comment: commentSchema.optional() })
  .strict()
  .refine((h) => h.end > h.start, 'end must be greater than start')

/** A file for import: base64 of at most MAX_IMPORT_BYTES (a bigger one is refused by the importer with its size). */
const importFileSchema = z
  .object({
    name: z.string().min(1).max(1000),
    data: z
      .string()
      .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4 + 2 * 1024 * 1024)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
  })
  .strict()

const searchOptionsSchema = z
  .object({
    kinds: z
      .array(z.enum(['article', 'highlight', 'note', 'entity']))
      .max(4)
      .optional(),
    limit: z.number().int().min(1).max(200).optional(),
  })
  .strict()

/**
 * The argument tuple of every method, validated by the handler before it runs. Typed against
 * DaftarApi so a method cannot be added without its schema.
 */
export const requestSchemas: { [M in ApiMethod]: z.ZodType<ApiArgs<M>> } = {
  getStartupReport: none,
  takeNotices: none,
  takeStartupNotices: none,
  listLibrary: none,
  importFiles: z.tuple([z.array(importFileSchema).min(1).max(500)]),
  importText: z.tuple([z.object({ title: z.string().max(500).optional(), text: z.string().min(1).max(MAX_IMPORT_BYTES) }).strict()]),
  pickImportFiles: none,
  stopImport: none,
  importPicked: z.tuple([z.string().min(1).max(100), z.array(z.number().int().min(0).max(100_000)).min(1).max(500)]),
  removeArticle: z.tuple([articleIdSchema, z.enum(['keep-annotations', 'delete-annotations'])]),
  getLibraryFacets: none,
  articlesWithEntity: z.tuple([z.string().min(1).max(100)]),
  search: z.tuple([z.string().max(500), searchOptionsSchema]),
  getSearchStatus: none,
  cancelIndexing: none,
  resumeIndexing: none,
  getArticle: z.tuple([articleIdSchema]),
  getSettings: none,
  updateSettings: z.tuple([readingSettingsPatchSchema]),
  getSession: none,
  saveReadingPosition: z.tuple([articleIdSchema, z.object({ offset, progress: z.number().min(0).max(1) }).strict()]),
  listHighlights: z.tuple([articleIdSchema]),
  listAllHighlights: none,
  createHighlights: z.tuple([newHighlightSchema]),
  updateHighlight: z.tuple([
    highlightIdSchema,
    z.object({ color: z.enum(highlightColors).optional(), comment: commentSchema.optional() }).strict(),
  ]),
  deleteHighlight: z.tuple([highlightIdSchema]),
  restoreHighlight: z.tuple([highlightSchema.strict()]),
  reattachHighlight: z.tuple([highlightIdSchema, offset, offset]).refine(([, start, end]) => end > start, 'end must be greater than start'),
  listEntities: none,
  createEntity: z.tuple([entityInputSchema]),
  updateEntity: z.tuple([entityIdSchema, entityInputSchema]),
  mergeEntities: z.tuple([entityIdSchema, entityIdSchema]).refine(([a, b]) => a !== b, 'an entity cannot be merged into itself'),
  deleteEntity: z.tuple([entityIdSchema]),
  getArticleEntities: z.tuple([articleIdSchema]),
  listNewNames: z.tuple([
    z.object({ articleId: articleIdSchema.optional(), limit: z.number().int().min(1).max(10_000).optional() }).strict(),
  ]),
  acceptNewNames: z.tuple([z.array(newNameChoiceSchema).min(1).max(1_000)]),
  mergeNewName: z.tuple([newNameChoiceSchema, entityIdSchema]),
  ignoreNewNames: z.tuple([z.array(z.string().min(1).max(300)).min(1).max(1_000)]),
  decideMention: z.tuple([
    z
      .object({
        articleId: articleIdSchema,
        start: offset,
        end: offset,
        entityId: entityIdSchema,
        decision: z.enum(['confirmed', 'rejected', 'linked', 'clear']),
      })
      .strict()
      .refine((v) => v.end > v.start, 'end must be greater than start'),
  ]),
  getEntityPage: z.tuple([entityIdSchema]),
  tagHighlight: z.tuple([highlightIdSchema, z.array(entityIdSchema).max(100)]),
  listNotes: none,
  getNote: z.tuple([entityIdSchema]),
  createNote: z.tuple([noteInputSchema]),
  saveNote: z.tuple([entityIdSchema, noteInputSchema]),
  deleteNote: z.tuple([entityIdSchema]),
  buildBriefing: z.tuple([briefingScopeSchema, briefingOptionsSchema]),
  saveBriefing: z.tuple([briefingScopeSchema, briefingOptionsSchema]),
  // The story's figures.
  getFigures: z.tuple([z.object({ entityId: entityIdSchema.optional(), articleIds: z.array(articleIdSchema).max(100_000).optional() }).strict()]),
  decideFigure: z.tuple([
    z
      .object({
        kind: z.enum(figureDecisionKinds),
        claimKey: z.string().min(1).max(10_000),
        source: z.object({ articleId: articleIdSchema, start: offset, end: offset }).strict().optional(),
      })
      .strict()
      .refine((v) => v.kind !== 'split' || v.source !== undefined, 'a split names the source it takes out'),
  ]),
  undoFigureDecision: z.tuple([z.string().min(1).max(100)]),
  getTimeline: z.tuple([z.object({ entityId: entityIdSchema.optional(), articleIds: z.array(articleIdSchema).max(100_000).optional() }).strict()]),
  getRelationGraph: z.tuple([relationGraphRequestSchema]),
}
