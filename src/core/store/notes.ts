import { z } from 'zod'
import type { DocumentSpec } from './document-spec'
import { MAX_BODY_DEPTH, withinDepth } from '../notes/tiptap-json'
import { parseOrThrow } from './validate'

/** What a note is attached to explicitly (mentions inside its body link it too). */
export const attachmentSchema = z.object({
  kind: z.enum(['entity', 'article', 'highlight']),
  id: z.string().min(1).max(200),
})
export type Attachment = z.infer<typeof attachmentSchema>

/**
 * A note. Its body is tiptap JSON, stored as it came: validated here only as JSON of bounded size.
 * Whether it fits the editor's schema is decided where the schema lives (the renderer): a body that
 * does not opens read-only with its raw text, and is never rewritten or dropped.
 */
export const noteSchema = z.object({
  id: z.string().min(1).max(100),
  title: z.string().max(500),
  // Bounded before anything reads it: every reader of a body recurses (see MAX_BODY_DEPTH).
  body: z.unknown().refine((body) => withinDepth(body), `the body is nested more than ${MAX_BODY_DEPTH} levels`),
  attachments: z.array(attachmentSchema).max(500),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Note = z.infer<typeof noteSchema>

export const NOTES_VERSION = 1

const noteDocumentSchema = z.object({ schemaVersion: z.literal(NOTES_VERSION), note: noteSchema })
export type NoteDocument = z.infer<typeof noteDocumentSchema>

/**
 * One lowdb file per note (notes/<id>.json): an autosave rewrites one note, never all of them, so
 * it stays fast with thousands of notes.
 */
export const noteSpec = (id: string, now: () => Date): DocumentSpec<NoteDocument> => ({
  name: id,
  currentVersion: NOTES_VERSION,
  defaults: () => {
    const at = now().toISOString()
    return {
      schemaVersion: NOTES_VERSION,
      note: { id, title: '', body: { type: 'doc', content: [{ type: 'paragraph' }] }, attachments: [], createdAt: at, updatedAt: at },
    }
  },
  validate: (value) => parseOrThrow(noteDocumentSchema, value, `note ${id}`),
  migrations: [],
})
